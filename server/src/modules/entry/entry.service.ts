// The planners' entry grid of a priority's quarter and their list of what is due. The grid reads the
// quarter's review state from its scope, the due list the quarters the reviews list (status, due dates,
// counts), both over the plan's measurement, so they agree with the review pages and the figures; the grid
// adds notes, evidence, regions and each KPI's definition.
import { roleAllows } from '@rbm/shared';
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
import {
  resolvePlan,
  toRbmPlan,
  type MeasuredKpi,
  type PlanMeasurement,
} from '../figures/figures.service.ts';
import { ownedKpis, type QuarterContext, type ReviewScope } from '../review-scope/review-scope.service.ts';
import { listHeldQuarters } from '../reviews/reviews.list.ts';
import { createLocalizer, type Localizer } from '../translations/localizer.ts';
import { findQuarterValues, type QuarterValueRow } from '../values/values.service.ts';
import * as repo from './entry.repository.ts';

function toEntryValue(row: QuarterValueRow | undefined): EntryValue | null {
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
  values: QuarterValueRow[],
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

/** A planner's view of a quarter: the quarter's context and who looks. */
export interface EntryContext extends QuarterContext {
  actor: Actor;
}

/** KPIs under the first of the priority's outcomes they measure; unlinked ones in a last, unnamed group. */
async function groupByOutcome(
  ctx: QuarterContext,
  priorityId: number,
  kpis: EntryKpi[],
  t: Localizer,
): Promise<EntryOutcome[]> {
  const [outcomes, links] = await Promise.all([
    repo.findOutcomes(ctx.db, priorityId),
    repo.findOutcomeLinks(
      ctx.db,
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

export async function loadEntrySheet(ctx: EntryContext, scope: ReviewScope): Promise<EntrySheet> {
  const { plan, priority, period, review } = scope;
  const measurement = await ctx.measurements.get(ctx.db, plan, 'all');
  const kpis = ownedKpis(measurement, priority.id);
  const [values, t] = await Promise.all([
    findQuarterValues(
      ctx,
      kpis.map((k) => k.id),
      period,
    ),
    createLocalizer(ctx.db, ctx.language, ['kpi', 'outcome', 'region', 'thematic_priority', 'sector']),
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
  const lock = lockOf(review.status, ctx.actor);
  const rbmPlan = measurement.rbmPlan;
  return {
    plan: {
      code: plan.code,
      startYear: plan.startYear,
      endYear: plan.endYear,
      thresholds: { onTrack: plan.thresholdOnTrack, atRisk: plan.thresholdAtRisk },
      reportingDeadlineDays: rbmPlan.reportingDeadlineDays ?? plan.reportingDeadlineDays,
    },
    priority: { code: priority.code, name: t.text('thematic_priority', priority.id, 'name', priority.name) },
    sector: {
      code: priority.sectorCode,
      name: t.text('sector', priority.sectorId, 'name', priority.sectorName),
    },
    period,
    asOf: ctx.now.toISOString(),
    review: {
      status: review.status,
      version: review.version,
      dueDate: reportingDueDate(toRbmPlan(plan), period).toISOString().slice(0, 10),
      comment: review.comment,
    },
    editable: lock === null,
    lock,
    regions: measurement.regions.map((r) => ({
      code: r.code,
      name: t.text('region', r.id, 'name', r.name),
    })),
    outcomes: await groupByOutcome(ctx, priority.id, rows, t),
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
export async function listDueWork(ctx: EntryContext, query: DueWorkQuery): Promise<DueWork> {
  const plan = await resolvePlan(ctx, query);
  const held = await listHeldQuarters(ctx, {
    plan,
    priorityIds: ctx.actor.priorityIds,
    through: addQuarters(lastCompleteQuarter(ctx.now), 1), // the quarter in progress can be drafted already
  });
  const measurement = await ctx.measurements.get(ctx.db, plan, 'all');
  const priorityOf = new Map(measurement.kpis.map((k) => [k.id, k.ownerPriorityCode]));
  const returned = await repo.findReturnedValues(
    ctx.db,
    measurement.kpis.map((k) => k.id),
    [...new Set(held.map((r) => r.period))],
  );
  const returnedCount = new Map<string, number>();
  for (const value of returned) {
    const key = `${priorityOf.get(value.kpiId)}|${value.period}`;
    returnedCount.set(key, (returnedCount.get(key) ?? 0) + 1);
  }
  const items: DueWorkItem[] = held
    .map((review) => ({
      priority: review.priority,
      sector: review.sector,
      period: review.period,
      dueDate: review.dueDate,
      overdue: !isOnTime(ctx.now, reportingDueDate(measurement.rbmPlan, review.period)),
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
  return { plan: plan.code, asOf: ctx.now.toISOString(), items: items.sort(byUrgency) };
}
