// The quarter's value of each KPI the priority owns, with the reviewer's comment on each; reviewers of a
// submitted quarter write a comment per KPI to return it.
import type { ReviewKpi } from '@rbm/shared/schemas';
import type { KpiUnit } from '@rbm/shared';
import { useTranslation } from 'react-i18next';
import { LocalizedName } from '../../../components/ui/LocalizedName.tsx';
import { StatusBadge } from '../../../components/ui/StatusBadge.tsx';
import { formatKpiValue } from '../../../lib/format.ts';
import { currentLanguage } from '../../../lib/i18n.ts';

export function ReviewKpiTable({
  kpis,
  commenting,
  comments,
  onComment,
}: {
  kpis: ReviewKpi[];
  /** Per-KPI comment inputs are shown (a reviewer, a submitted quarter). */
  commenting: boolean;
  comments: Readonly<Record<string, string>>;
  onComment: (code: string, comment: string) => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <div className="table-scroll">
      <table className="review-table review-kpis">
        <caption>{t('reviews.kpis.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reviews.kpis.kpi')}</th>
            <th scope="col">{t('reviews.kpis.value')}</th>
            <th scope="col">{t('reviews.kpis.state')}</th>
            <th scope="col">{t('reviews.kpis.status')}</th>
            <th scope="col">{t('reviews.kpis.note')}</th>
            <th scope="col">{t('reviews.kpis.evidence')}</th>
            <th scope="col">
              {commenting ? t('reviews.kpis.returnComment') : t('reviews.kpis.reviewerComment')}
            </th>
          </tr>
        </thead>
        <tbody>
          {kpis.map((kpi) => (
            <tr key={kpi.code} className={kpi.returnComment ? 'review-returned' : undefined}>
              <th scope="row">
                <span className="review-code">{kpi.code}</span> <LocalizedName value={kpi.name} />
              </th>
              <td className="review-number">
                {kpi.value !== null
                  ? formatKpiValue(kpi.value, kpi.unit as KpiUnit, language)
                  : kpi.noDataReason
                    ? t('reviews.kpis.noData', { reason: kpi.noDataReason })
                    : kpi.due
                      ? t('reviews.kpis.missing')
                      : t('reviews.kpis.notDue')}
              </td>
              <td>{kpi.state ? t(`reviews.valueState.${kpi.state}`) : '–'}</td>
              <td>
                <StatusBadge status={kpi.status} />
              </td>
              <td dir="auto">{kpi.note ?? ''}</td>
              <td>
                {kpi.evidenceUrl && /^https?:\/\//.test(kpi.evidenceUrl) ? (
                  <a href={kpi.evidenceUrl} target="_blank" rel="noreferrer">
                    {t('reviews.kpis.evidenceLink')}
                    <span className="visually-hidden"> ({kpi.code})</span>
                  </a>
                ) : (
                  (kpi.evidenceUrl ?? '')
                )}
              </td>
              <td>
                {commenting && kpi.reported ? (
                  <label className="review-inline-field">
                    <span className="visually-hidden">{t('reviews.kpis.commentOn', { code: kpi.code })}</span>
                    <textarea
                      rows={3}
                      value={comments[kpi.code] ?? ''}
                      maxLength={4000}
                      onChange={(event) => onComment(kpi.code, event.target.value)}
                    />
                  </label>
                ) : kpi.returnComment ? (
                  <p className="review-comment" dir="auto">
                    <span aria-hidden="true">↩ </span>
                    <span className="visually-hidden">{t('reviews.kpis.returnedWith')} </span>
                    {kpi.returnComment}
                  </p>
                ) : (
                  ''
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
