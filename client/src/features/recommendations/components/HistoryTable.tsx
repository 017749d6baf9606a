// Every state the reader may see, oldest first: who proposed it and when, who confirmed it and when, and
// what it changed from the state before.
import type { RecommendationStatus } from '@rbm/shared/schemas';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format.ts';
import { currentLanguage } from '../../../lib/i18n.ts';
import { isolated } from '../utils/isolated.ts';
import { historyChanges, type StateField } from '../utils/history-changes.ts';

export function HistoryTable({ history }: { history: readonly RecommendationStatus[] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const valueOf = (status: RecommendationStatus, field: StateField): string => {
    if (field === 'acceptance') return t(`recommendations.acceptance.${status.acceptance}`);
    if (field === 'implementation') return t(`recommendations.implementation.${status.implementation}`);
    if (field === 'evidence') return status.evidence.join(', ') || '–';
    return field === 'targetDate' ? isolated(status.targetDate) : (status[field] ?? '–');
  };
  // newest first; the index keys them (two states may share a second)
  const rows = historyChanges(history)
    .map((row, index) => ({ ...row, index }))
    .reverse();
  return (
    <div className="table-scroll" role="region" aria-label={t('recommendations.history.title')} tabIndex={0}>
      <table className="table recommendation-history">
        <caption>{t('recommendations.history.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('recommendations.history.proposed')}</th>
            <th scope="col">{t('recommendations.history.changed')}</th>
            <th scope="col">{t('recommendations.history.state')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ status, changed, index }) => (
            <tr key={index} data-state={status.state}>
              <td>
                {status.proposedBy ?? '–'}
                <br />
                <span className="muted">{formatDateTime(status.proposedAt, language)}</span>
              </td>
              <td>
                {changed.length === 0 ? (
                  t('recommendations.history.nothing')
                ) : (
                  <ul className="plain-list">
                    {changed.map((field) => (
                      <li key={field}>
                        {t(`recommendations.history.field.${field}`)}:{' '}
                        <bdi dir="auto">{valueOf(status, field)}</bdi>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td>
                {status.state === 'confirmed'
                  ? t('recommendations.history.confirmedBy', {
                      who: status.confirmedBy ?? '–',
                      when: status.confirmedAt ? formatDateTime(status.confirmedAt, language) : '–',
                    })
                  : t('recommendations.draft')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
