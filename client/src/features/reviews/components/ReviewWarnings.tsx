// The values of the quarter that raise a warning under the plan's entry rules, each with the planner's
// note that explains it, so the reviewer looks at them before deciding.
import { KPI_UNITS, type KpiUnit } from '@rbm/shared';
import type { ReviewDetail } from '@rbm/shared/schemas';
import { useTranslation } from 'react-i18next';
import { warningText } from '../../../lib/entry-findings.ts';
import { currentLanguage } from '../../../lib/i18n.ts';
import type { ReviewTarget } from '../api/review-mutation.ts';
import { useReviewFindings } from '../api/get-review-findings.ts';

const unitOf = (unit: string): KpiUnit =>
  (KPI_UNITS as readonly string[]).includes(unit) ? (unit as KpiUnit) : 'number';

export function ReviewWarnings({ review, target }: { review: ReviewDetail; target: ReviewTarget }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const findings = useReviewFindings(target.plan, target.priority, target.period);
  if (!findings.data) return null;
  const kpis = new Map(review.kpis.map((k) => [k.code, k]));
  return (
    <section aria-labelledby="review-warnings-heading" className="review-panel">
      <h2 id="review-warnings-heading">{t('entryRules.review.title')}</h2>
      {findings.data.warnings.length === 0 ? (
        <p className="muted">{t('entryRules.review.none')}</p>
      ) : (
        <ul className="review-warnings">
          {findings.data.warnings.map((w) => {
            const kpi = kpis.get(w.kpiCode ?? '');
            const warning = { code: w.code, value: w.value ?? 0, reference: w.reference ?? 0 };
            return (
              <li key={`${w.kpiCode}|${w.code}`}>
                <span aria-hidden="true">⚠ </span>
                <strong>
                  <bdi>{w.kpiCode}</bdi>
                </strong>{' '}
                {warningText(t, warning, unitOf(kpi?.unit ?? ''), language)}
                {kpi?.note && (
                  <span className="review-warning-note" dir="auto">
                    {' '}
                    {t('entryRules.review.explained', { note: kpi.note })}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
