// How many MoUs each owner unit and each region holds (confirmed ones only for readers outside the units):
// a bar per unit and per region, with the same figures as a table.
import type { MouList } from '@rbm/shared/schemas';
import { useTranslation } from 'react-i18next';
import { ChartPanel } from '../../../components/charts/ChartPanel.tsx';
import { formatNumber } from '../../../lib/format.ts';
import { currentLanguage } from '../../../lib/i18n.ts';

interface Props {
  list: MouList | undefined;
  state: 'loading' | 'error' | 'ready';
  error: unknown;
  onRetry: () => void;
}

type Count = MouList['counts']['byUnit'][number];

export function MouCountsChart({ list, state, error, onRetry }: Props) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const groups: Array<[string, Count[]]> = [
    [t('mous.chart.byUnit'), list?.counts.byUnit ?? []],
    [t('mous.chart.byRegion'), list?.counts.byRegion ?? []],
  ];
  const name = (code: string) => (code === 'global' ? t('mous.global') : code);
  const most = Math.max(1, ...groups.flatMap(([, counts]) => counts.map((c) => c.count)));
  return (
    <ChartPanel
      title={t('mous.chart.title')}
      description={t('mous.chart.description')}
      state={state === 'ready' && (list?.items.length ?? 0) === 0 ? 'empty' : state}
      emptyText={t('mous.empty')}
      error={error}
      onRetry={onRetry}
      chart={() => (
        <div className="mou-groups">
          {groups.map(([title, counts]) => (
            <div key={title}>
              <h3>{title}</h3>
              <ul className="mou-bars">
                {counts.map(({ code, count }) => (
                  <li key={code}>
                    <span>{name(code)}</span>
                    <span className="mou-bar-track">
                      <span className="mou-bar" style={{ inlineSize: `${(count / most) * 100}%` }} />
                    </span>
                    <span>{formatNumber(count, language)}</span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      )}
      table={() => (
        <table className="table">
          <caption>{t('mous.chart.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('mous.chart.group')}</th>
              <th scope="col">{t('mous.chart.code')}</th>
              <th scope="col">{t('mous.chart.count')}</th>
            </tr>
          </thead>
          <tbody>
            {groups.flatMap(([title, counts]) =>
              counts.map(({ code, count }) => (
                <tr key={`${title}-${code}`}>
                  <td>{title}</td>
                  <th scope="row">{name(code)}</th>
                  <td>{formatNumber(count, language)}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      )}
    />
  );
}
