// The quarter's value of each KPI the priority owns, next to what it is measured against (the year's
// target, the value the trajectory expects for the quarter, the previous quarter), with the reviewer's
// comment on each. On a submitted quarter a reviewer marks the KPIs to return and comments on any KPI
// awaiting the decision; the comments are sent with the decision, whichever it is.
import type { ReviewKpi } from '@rbm/shared/schemas';
import type { KpiUnit } from '@rbm/shared';
import { useTranslation } from 'react-i18next';
import { LocalizedName } from '../../../components/ui/LocalizedName.tsx';
import { StatusBadge } from '../../../components/ui/StatusBadge.tsx';
import { formatKpiValue } from '../../../lib/format.ts';
import { currentLanguage } from '../../../lib/i18n.ts';
import type { DecisionDraft } from '../utils/decision-draft.ts';
import { PeriodLabel } from '../../../components/ui/PeriodLabel.tsx';

export function ReviewKpiTable({
  kpis,
  commenting,
  draft,
  onDraft,
}: {
  kpis: ReviewKpi[];
  /** Decision inputs are shown on the KPIs awaiting one (a reviewer, a submitted quarter). */
  commenting: boolean;
  draft: DecisionDraft;
  onDraft: (draft: DecisionDraft) => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const number = (kpi: ReviewKpi, value: number | null) =>
    value === null ? '–' : formatKpiValue(value, kpi.unit as KpiUnit, language);
  const toggle = (code: string, on: boolean) =>
    onDraft({
      ...draft,
      returning: on
        ? [...draft.returning.filter((c) => c !== code), code]
        : draft.returning.filter((c) => c !== code),
    });
  return (
    <div className="table-scroll">
      <table className="review-table review-kpis">
        <caption>{t('reviews.kpis.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reviews.kpis.kpi')}</th>
            <th scope="col">{t('reviews.kpis.value')}</th>
            <th scope="col">{t('reviews.kpis.yearTarget')}</th>
            <th scope="col">{t('reviews.kpis.expected')}</th>
            <th scope="col">{t('reviews.kpis.previous')}</th>
            <th scope="col">{t('reviews.kpis.state')}</th>
            <th scope="col">{t('reviews.kpis.status')}</th>
            <th scope="col">{t('reviews.kpis.note')}</th>
            <th scope="col">{t('reviews.kpis.evidence')}</th>
            <th scope="col">{commenting ? t('reviews.kpis.decision') : t('reviews.kpis.reviewerComment')}</th>
          </tr>
        </thead>
        <tbody>
          {kpis.map((kpi) => (
            <tr
              key={kpi.code}
              className={kpi.returnComment && kpi.state === 'draft' ? 'review-returned' : undefined}
            >
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
              <td className="review-number">{number(kpi, kpi.yearTarget)}</td>
              <td className="review-number">{number(kpi, kpi.expected)}</td>
              <td className="review-number">
                {number(kpi, kpi.lastQuarter.value)}
                <span className="visually-hidden">
                  {' '}
                  (<PeriodLabel period={kpi.lastQuarter.period} />)
                </span>
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
                {commenting && kpi.pending ? (
                  <div className="review-inline-field">
                    <label className="review-return-mark">
                      <input
                        type="checkbox"
                        checked={draft.returning.includes(kpi.code)}
                        onChange={(event) => toggle(kpi.code, event.target.checked)}
                      />{' '}
                      {t('reviews.kpis.returnIt')}
                      <span className="visually-hidden"> {kpi.code}</span>
                    </label>
                    <label>
                      <span className="visually-hidden">
                        {t('reviews.kpis.commentOn', { code: kpi.code })}
                      </span>
                      <textarea
                        rows={3}
                        value={draft.kpis[kpi.code] ?? ''}
                        maxLength={4000}
                        onChange={(event) =>
                          onDraft({ ...draft, kpis: { ...draft.kpis, [kpi.code]: event.target.value } })
                        }
                      />
                    </label>
                  </div>
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
