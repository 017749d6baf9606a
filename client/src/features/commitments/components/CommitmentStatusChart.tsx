// How many commitments have each status (confirmed ones only for readers outside the owner units): a bar
// per status, with the same figures as a table.
import type { CommitmentList } from '@rbm/shared/schemas';
import { useTranslation } from 'react-i18next';
import { ChartPanel } from '../../../components/charts/ChartPanel.tsx';
import { formatNumber } from '../../../lib/format.ts';
import { currentLanguage } from '../../../lib/i18n.ts';

interface Props {
  list: CommitmentList | undefined;
  state: 'loading' | 'error' | 'ready';
  error: unknown;
  onRetry: () => void;
}

export function CommitmentStatusChart({ list, state, error, onRetry }: Props) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const counts = list?.counts ?? [];
  const most = Math.max(1, ...counts.map((c) => c.count));
  const unreported = (list?.items ?? []).filter((c) => c.progress === null).length;
  return (
    <ChartPanel
      title={t('commitments.chart.title')}
      description={t('commitments.chart.description')}
      state={state === 'ready' && (list?.items.length ?? 0) === 0 ? 'empty' : state}
      emptyText={t('commitments.empty')}
      error={error}
      onRetry={onRetry}
      chart={() => (
        <div>
          <ul className="commitment-bars">
            {counts.map(({ status, count }) => (
              <li key={status}>
                <span className="commitment-bar-label">{t(`commitments.status.${status}`)}</span>
                <span className="commitment-bar-track">
                  <span
                    className={`commitment-bar commitment-bar-${status}`}
                    style={{ inlineSize: `${(count / most) * 100}%` }}
                  />
                </span>
                <span className="commitment-bar-count">{formatNumber(count, language)}</span>
              </li>
            ))}
          </ul>
          {unreported > 0 && (
            <p className="muted">
              {t('commitments.chart.unreported', { formatted: formatNumber(unreported, language) })}
            </p>
          )}
        </div>
      )}
      table={() => (
        <table className="table">
          <caption>{t('commitments.chart.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('commitments.field.status')}</th>
              <th scope="col">{t('commitments.chart.count')}</th>
            </tr>
          </thead>
          <tbody>
            {counts.map(({ status, count }) => (
              <tr key={status}>
                <td>{t(`commitments.status.${status}`)}</td>
                <td>{formatNumber(count, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    />
  );
}
