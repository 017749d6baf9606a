// The list as a table: each recommendation with its body, report, unit and the latest state the reader may
// see (a draft is marked: only the responsible unit sees drafts); overdue marked by a symbol and a word.
import type { RecommendationSummary } from '@rbm/shared/schemas';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatNumber } from '../../../lib/format.ts';
import { currentLanguage } from '../../../lib/i18n.ts';
import { isolated } from '../utils/isolated.ts';

export const OVERDUE = '⚠';

export function RecommendationTable({
  plan,
  items,
}: {
  plan: string;
  items: readonly RecommendationSummary[];
}) {
  const { t } = useTranslation();
  const n = (value: number) => formatNumber(value, currentLanguage());
  return (
    <div className="table-scroll" role="region" aria-label={t('recommendations.list')} tabIndex={0}>
      <table className="table recommendation-table">
        <caption>{t('recommendations.table.caption', { count: n(items.length) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('recommendations.table.recommendation')}</th>
            <th scope="col">{t('recommendations.table.body')}</th>
            <th scope="col">{t('recommendations.table.sector')}</th>
            <th scope="col">{t('recommendations.table.acceptance')}</th>
            <th scope="col">{t('recommendations.table.implementation')}</th>
            <th scope="col">{t('recommendations.table.targetDate')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((r) => (
            <tr key={r.id} data-state={r.status?.state ?? 'none'}>
              <th scope="row">
                <Link to={`/plans/${plan}/recommendations/${r.id}`}>
                  <bdi dir="ltr">{`${r.reportRef} #${r.number}`}</bdi>
                </Link>
                <div className="recommendation-text">
                  <bdi dir="auto">{r.text}</bdi>
                </div>
              </th>
              <td>{t(`recommendations.body.${r.body}`)}</td>
              <td>{r.sector.code}</td>
              <td>{r.status ? t(`recommendations.acceptance.${r.status.acceptance}`) : '–'}</td>
              <td>
                {r.status ? t(`recommendations.implementation.${r.status.implementation}`) : '–'}
                {r.status?.state === 'draft' ? ` · ${t('recommendations.draft')}` : ''}
              </td>
              <td>
                {isolated(r.status?.targetDate ?? null)}
                {r.status?.overdue ? ` ${OVERDUE} ${t('recommendations.overdue')}` : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
