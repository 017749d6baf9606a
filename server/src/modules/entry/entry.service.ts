// The planners' entry grid of a priority's quarter and their list of what is due. Both read through the
// quarterly reviews (status, due dates, counts) and the plan's measurement, so they agree with the review
// pages and the figures; the grid adds notes, evidence, regions and each KPI's definition.
import { roleAllows, type Language } from '@rbm/shared';
import {
  addQuarters,
  annualTarget,
  compareQuarters,
  expectedValue,
  isOnTime,
  isValueDue,
  lastCompleteQuarter,
  parsePeriod,
  quarterSubmittableFrom,
  reportingDueDate,
} from '@rbm/shared/rbm';
import type {
  DueWork,
  DueWorkItem,
  DueWorkQuery,
  EntryKpi,
  EntryLock,
  EntryOutcome,
  EntrySheet,
  EntryValue,
} from '@rbm/shared/schemas';
import { VALUE_STATES } from '@rbm/shared';
import type { Actor } from '../../lib/actor.ts';
import { asEnum } from '../../lib/enums.ts';
import { resolvePlan, type MeasuredKpi, type PlanMeasurement } from '../figures/figures.service.ts';
import {
  listReviews,
  loadReview,
  ownedKpis,
  type ReviewDeps,
  type ReviewScope,
} from '../reviews/reviews.view.ts';
import { createLocalizer, type Localizer } from '../translations/localizer.ts';
import * as repo from './entry.repository.ts';

function toEntryValue(row: repo.QuarterValueRow | undefined): EntryValue | null {
  if (!row) return null;
  return {
    valueId: row.id,
    value: row.value,
    noDataReason: row.noDataReason,
    note: row.note,
    evidenceUrl: row.evidenceUrl,
    state: asEnum(VALUE_STATES, row.state, 'kpi_value.state'),
    version: row.version,
    returnComment: row.returnComment,
  };
}

function lockOf(status: EntrySheet['review']['status'], actor: Actor): EntryLock | null {
  if (status === 'approved') return 'approved';
  if (status === 'submitted') return 'submitted';
  return roleAllows(actor.role, 'values:write') ? null : 'read_only';
}

function entryKpi(
  kpi: MeasuredKpi,
  measurement: PlanMeasurement,
  period: string,
  values: repo.QuarterValueRow[],
  t: Localizer,
): EntryKpi {
  const { rbm } = kpi;
  const plan = measurement.rbmPlan;
  const year = parsePeriod(period)?.year ?? plan.startYear;
  const previous = addQuarters(period, -1);
  const regionValue = new Map(values.filter((v) => v.regionCode !== null).map((v) => [v.regionCode, v]));
  return {
    id: kpi.id,
    code: kpi.code,
    name: t.text('kpi', kpi.id, 'name', kpi.name),
    unit: rbm.unit,
    direction: rbm.direction,
    aggregation: rbm.aggregation,
    frequency: rbm.frequency,
    tolerance: rbm.tolerance ?? 0.05,
    byRegion: kpi.byRegion,
    baseline: rbm.baseline,
    annualTargets: [...rbm.annualTargets],
    yearTarget: annualTarget(rbm, plan, year),
    expected: expectedValue(rbm, plan, period),
    lastQuarter: {
      period: previous,
      value: kpi.totalActuals.find((a) => a.period === previous)?.value ?? null,
    },
    due: isValueDue(rbm, plan, period),
    actuals: kpi.totalActuals.filter((a) => a.period !== period),
    total: toEntryValue(values.find((v) => v.regionCode === null)),
    regional: kpi.byRegion
      ? measurement.regions.map((r) => ({ region: r.code, value: toEntryValue(regionValue.get(r.code)) }))
      : [],
  };
}

/** KPIs under the first of the priority's outcomes they measure; unlinked ones in a last, unnamed group. */
async function groupByOutcome(
  deps: ReviewDeps,
  priorityId: number,
  kpis: EntryKpi[],
  t: Localizer,
): Promise<EntryOutcome[]> {
  const [outcomes, links] = await Promise.all([
    repo.findOutcomes(deps.db, priorityId),
    repo.findOutcomeLinks(
      deps.db,
      priorityId,
      kpis.map((k) => k.id),
    ),
  ]);
  const outcomeOf = new Map<number, number>();
  for (const link of links) if (!outcomeOf.has(link.kpiId)) outcomeOf.set(link.kpiId, link.outcomeId);
  const groups: EntryOutcome[] = outcomes.map((o) => ({
    code: o.code,
    name: t.text('outcome', o.id, 'name', o.name),
    kpis: kpis.filter((k) => outcomeOf.get(k.id) === o.id),
  }));
  const unlinked = kpis.filter((k) => !outcomeOf.has(k.id));
  if (unlinked.length > 0) groups.push({ code: null, name: null, kpis: unlinked });
  return groups.filter((g) => g.kpis.length > 0);
}

export async function loadEntrySheet(
  deps: ReviewDeps,
  scope: ReviewScope,
  language: Language,
  actor: Actor,
): Promise<EntrySheet> {
  const { plan, priority, period } = scope;
  const measurement = await deps.measurements.get(deps.db, plan, 'all');
  const kpis = ownedKpis(measurement, priority.id);
  const [review, values, t] = await Promise.all([
    loadReview(deps, scope, language),
    repo.findQuarterValues(
      deps.db,
      kpis.map((k) => k.id),
      period,
    ),
    createLocalizer(deps.db, language, ['kpi', 'outcome', 'region']),
  ]);
  const rows = kpis.map((kpi) =>
    entryKpi(
      kpi,
      measurement,
      period,
      values.filter((v) => v.kpiId === kpi.id),
      t,
    ),
  );
  const lock = lockOf(review.status, actor);
  const rbmPlan = measurement.rbmPlan;
  return {
    plan: {
      code: plan.code,
      startYear: plan.startYear,
      endYear: plan.endYear,
      thresholds: { onTrack: plan.thresholdOnTrack, atRisk: plan.thresholdAtRisk },
      reportingDeadlineDays: rbmPlan.reportingDeadlineDays ?? plan.reportingDeadlineDays,
    },
    priority: review.priority,
    sector: review.sector,
    period,
    asOf: deps.now.toISOString(),
    review: {
      status: review.status,
      version: review.version,
      dueDate: review.dueDate,
      comment: review.comment,
    },
    editable: lock === null,
    lock,
    regions: measurement.regions.map((r) => ({
      code: r.code,
      name: t.text('region', r.id, 'name', r.name),
    })),
    outcomes: await groupByOutcome(deps, priority.id, rows, t),
  };
}

/** Overdue first, then the earliest due date, then the priorities in plan order (a stable sort). */
export function byUrgency(a: DueWorkItem, b: DueWorkItem): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  return a.dueDate.localeCompare(b.dueDate) || compareQuarters(a.period, b.period);
}

/**
 * The quarters the planners still hold (open or returned, up to the quarter in progress) for the user's
 * priorities, with how many due values are missing and how many were returned.
 */
export async function listDueWork(
  deps: ReviewDeps,
  query: DueWorkQuery,
  language: Language,
  actor: Actor,
): Promise<DueWork> {
  const plan = await resolvePlan(deps, query);
  const reviews = await listReviews(
    deps,
    { plan: plan.code, status: ['open', 'returned'], page: 1, pageSize: 100_000 },
    language,
    actor.priorityIds,
    addQuarters(lastCompleteQuarter(deps.now), 1), // the quarter in progress can be drafted already
  );
  const measurement = await deps.measurements.get(deps.db, plan, 'all');
  const priorityOf = new Map(measurement.kpis.map((k) => [k.id, k.ownerPriorityCode]));
  const returned = await repo.findReturnedValues(
    deps.db,
    measurement.kpis.map((k) => k.id),
    [...new Set(reviews.items.map((r) => r.period))],
  );
  const returnedCount = new Map<string, number>();
  for (const value of returned) {
    const key = `${priorityOf.get(value.kpiId)}|${value.period}`;
    returnedCount.set(key, (returnedCount.get(key) ?? 0) + 1);
  }
  const items: DueWorkItem[] = reviews.items
    .map((review) => ({
      priority: review.priority,
      sector: review.sector,
      period: review.period,
      dueDate: review.dueDate,
      overdue: !isOnTime(deps.now, reportingDueDate(measurement.rbmPlan, review.period)),
      status: review.status,
      submittedAt: review.submittedAt,
      submittableFrom: quarterSubmittableFrom(review.period).toISOString().slice(0, 10),
      counts: {
        due: review.kpiCounts.due,
        reported: review.kpiCounts.reported,
        missing: review.kpiCounts.missing,
        returned: returnedCount.get(`${review.priority.code}|${review.period}`) ?? 0,
      },
    }))
    .filter((item) => item.counts.due > 0 || item.counts.returned > 0);
  return { plan: plan.code, asOf: deps.now.toISOString(), items: items.sort(byUrgency) };
}
