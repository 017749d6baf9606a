// The rows of a review's KPI table and the counts the quarter's summary shows, and the decisions as the
// history tells them: what the reviewer reads next to each value (the year's target, the value the
// trajectory expects, the previous quarter) comes from the same shared rules as the entry grid.
import { VALUE_STATES, type ReviewStatus, type ValueState } from '@rbm/shared';
import { addQuarters, annualTarget, expectedValue, isValueDue, parsePeriod } from '@rbm/shared/rbm';
import {
  KPI_DECISIONS,
  type ReviewDecision,
  type ReviewKpi,
  type ReviewKpiDecision,
  type ReviewSummary,
} from '@rbm/shared/schemas';
import { asEnum } from '../../lib/enums.ts';
import { assess, type MeasuredKpi, type PlanMeasurement } from '../figures/figures.service.ts';
import type { Localizer } from '../translations/localizer.ts';
import type { ReviewValueRow } from './reviews.repository.ts';

/** A value counts as reported with a number or a "no data" declaration, whatever its state. */
export function isReported(value: { value: number | null; noDataReason: string | null }): boolean {
  return value.value !== null || (value.noDataReason ?? '').trim() !== '';
}

export function reviewKpiRow(
  kpi: MeasuredKpi,
  measurement: PlanMeasurement,
  period: string,
  value: ReviewValueRow | undefined,
  t: Localizer,
  now: Date,
): ReviewKpi {
  const plan = measurement.rbmPlan;
  const previous = addQuarters(period, -1);
  const state = value ? asEnum(VALUE_STATES, value.state, 'kpi_value.state') : null;
  return {
    code: kpi.code,
    name: t.text('kpi', kpi.id, 'name', kpi.name),
    due: isValueDue(kpi.rbm, plan, period),
    reported: value !== undefined && isReported(value),
    valueId: value?.id ?? null,
    state,
    value: value?.value ?? null,
    noDataReason: value?.noDataReason ?? null,
    returnComment: value?.returnComment ?? null,
    version: value?.version ?? null,
    unit: kpi.rbm.unit,
    note: value?.note ?? null,
    evidenceUrl: value?.evidenceUrl ?? null,
    status: assess(kpi, period, now).status,
    pending: state === 'submitted',
    yearTarget: annualTarget(kpi.rbm, plan, parsePeriod(period)?.year ?? plan.startYear),
    expected: expectedValue(kpi.rbm, plan, period),
    lastQuarter: {
      period: previous,
      value: kpi.totalActuals.find((a) => a.period === previous)?.value ?? null,
    },
  };
}

/**
 * The due KPIs' counts for the summary. In a returned quarter the KPIs in draft are the ones sent back
 * (the others stay approved); in any other status none is counted as returned.
 */
export function countKpis(
  due: ReadonlyArray<{ reported: boolean; state: ValueState | null }>,
  status: ReviewStatus,
): ReviewSummary['kpiCounts'] {
  const reported = due.filter((k) => k.reported).length;
  return {
    due: due.length,
    reported,
    missing: due.length - reported,
    approved: due.filter((k) => k.state === 'approved').length,
    returned: status === 'returned' ? due.filter((k) => k.state === 'draft').length : 0,
  };
}

/** The per-KPI decisions a review's audit row records (approve, return, decide); none for the others. */
function kpiDecisions(afterJson: string | null): ReviewKpiDecision[] {
  if (afterJson === null) return [];
  const after = JSON.parse(afterJson) as { kpis?: unknown };
  if (!Array.isArray(after.kpis)) return [];
  return after.kpis.map((item: { code: string; decision: string; comment: string | null }) => ({
    code: item.code,
    decision: asEnum(KPI_DECISIONS, item.decision, 'audit_log.after.kpis.decision'),
    comment: item.comment ?? null,
  }));
}

export function toDecision(row: {
  action: string;
  at: string;
  actor: string;
  reason: string | null;
  afterJson: string | null;
}): ReviewDecision {
  return {
    action: row.action,
    at: row.at,
    actor: row.actor,
    reason: row.reason,
    kpis: kpiDecisions(row.afterJson),
  };
}
