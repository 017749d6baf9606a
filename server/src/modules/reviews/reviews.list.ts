// Listing quarterly reviews: every review on record and every priority-quarter that owes values (`open`
// while unrecorded), for the review list (paged) and the planners' due list (the quarters they hold).
import { inFramework, VALUE_STATES, type ReviewStatus } from '@rbm/shared';
import { compareQuarters, isValueDue, lastCompleteQuarter, parsePeriod, planQuarters } from '@rbm/shared/rbm';
import type { ReviewList, ReviewListQuery, ReviewSummary } from '@rbm/shared/schemas';
import type { PlanRow } from '../../db/schema.ts';
import { notFound } from '../../errors.ts';
import { asEnum } from '../../lib/enums.ts';
import { resolvePlan, type MeasurementStore, type PlanMeasurement } from '../figures/figures.service.ts';
import { ownedKpis, type QuarterContext } from '../review-scope/review-scope.service.ts';
import { createLocalizer } from '../translations/localizer.ts';
import { countKpis, isReported } from './reviews.kpi-rows.ts';
import * as repo from './reviews.repository.ts';
import { statusOf, toSummary, usernamesOf, type SummaryParts } from './reviews.summary.ts';

const planHolds = (plan: PlanRow, period: string) => {
  const year = parsePeriod(period)?.year ?? -1;
  return year >= plan.startYear && year <= plan.endYear;
};

/** Which KPIs owe a value in each quarter of the plan (cached per data revision). */
function dueKpisByQuarter(store: MeasurementStore, measurement: PlanMeasurement): Map<string, Set<number>> {
  return store.memo(measurement, 'reviews:due-kpis', () => {
    const byQuarter = new Map<string, Set<number>>();
    for (const period of planQuarters(measurement.rbmPlan)) {
      byQuarter.set(
        period,
        new Set(
          measurement.kpis.filter((k) => isValueDue(k.rbm, measurement.rbmPlan, period)).map((k) => k.id),
        ),
      );
    }
    return byQuarter;
  });
}

/** The active plan (the newest when several are), if any. */

interface QuarterFilter {
  plan: PlanRow;
  priority?: string | undefined;
  period?: string | undefined;
  statuses: ReadonlySet<ReviewStatus> | null;
  /** The thematic priorities the user works on (null: all): other priorities' quarters are not listed. */
  priorityIds: ReadonlySet<number> | null;
  /** The last quarter listed without a record. */
  through: string;
}

type QuarterEntry = Omit<SummaryParts, 'usernames' | 't'>;

/** The plan's priority-quarters, the latest quarter first and priorities in plan order. */
async function quarterEntries(ctx: QuarterContext, filter: QuarterFilter): Promise<QuarterEntry[]> {
  const { db } = ctx;
  const { plan } = filter;
  // the queue and the due list are current screens: a priority retired by now is not listed (its reviews stay
  // readable one by one, and in the reports of the years before it retired)
  const priorities = inFramework(await repo.findPriorities(db, plan.id, filter.priority), ctx.now).filter(
    (p) => filter.priorityIds === null || filter.priorityIds.has(p.id),
  );
  if (filter.priority !== undefined && priorities.length === 0) {
    throw notFound('Thematic priority', filter.priority);
  }
  const measurement = await ctx.measurements.get(db, plan, 'all');
  const dueByQuarter = dueKpisByQuarter(ctx.measurements, measurement);
  const kpisOf = new Map(priorities.map((p) => [p.id, ownedKpis(measurement, p.id)]));
  const [reviews, totals] = await Promise.all([
    repo.findReviews(
      db,
      priorities.map((p) => p.id),
      filter.period,
    ),
    repo.findValues(
      db,
      [...kpisOf.values()].flat().map((k) => k.id),
      { period: filter.period, totalsOnly: true },
    ),
  ]);
  const totalOf = new Map(totals.map((v) => [`${v.kpiId}|${v.period}`, v]));
  const reviewOf = new Map(reviews.map((r) => [`${r.priorityId}|${r.period}`, r]));

  const complete = planQuarters(plan).filter((q) => compareQuarters(q, filter.through) <= 0);
  const periods = new Set(
    filter.period === undefined ? complete : complete.filter((q) => q === filter.period),
  );
  for (const review of reviews) if (planHolds(plan, review.period)) periods.add(review.period);
  const ordered = [...periods].sort((a, b) => compareQuarters(b, a));

  const entries: QuarterEntry[] = [];
  for (const period of ordered) {
    const dueKpis = dueByQuarter.get(period) ?? new Set<number>();
    for (const priority of priorities) {
      const review = reviewOf.get(`${priority.id}|${period}`);
      const due = (kpisOf.get(priority.id) ?? []).filter((k) => dueKpis.has(k.id));
      if (!review && due.length === 0) continue;
      const status = statusOf(review);
      if (filter.statuses !== null && !filter.statuses.has(status)) continue;
      const dueValues = due.map((k) => {
        const total = totalOf.get(`${k.id}|${period}`);
        return {
          reported: total !== undefined && isReported(total),
          state: total ? asEnum(VALUE_STATES, total.state, 'kpi_value.state') : null,
        };
      });
      entries.push({ plan, priority, period, review, counts: countKpis(dueValues, status) });
    }
  }
  return entries;
}

async function summaries(ctx: QuarterContext, entries: QuarterEntry[]): Promise<ReviewSummary[]> {
  const [usernames, t] = await Promise.all([
    usernamesOf(
      ctx.db,
      entries.map((e) => e.review),
    ),
    createLocalizer(ctx.db, ctx.language, ['thematic_priority', 'sector']),
  ]);
  return entries.map((entry) => toSummary({ ...entry, usernames, t }));
}

/**
 * Reviews of a plan, the latest quarter first and priorities in plan order: every review on record, and
 * every priority-quarter up to the last complete quarter that owes values (`open` while unrecorded).
 */
export async function listReviews(
  ctx: QuarterContext,
  input: {
    query: ReviewListQuery;
    /** The thematic priorities the user works on (null: all). */
    priorityIds: ReadonlySet<number> | null;
  },
): Promise<ReviewList> {
  const { query } = input;
  const entries = await quarterEntries(ctx, {
    plan: await resolvePlan(ctx, query),
    priority: query.priority,
    period: query.period,
    statuses: query.status === undefined ? null : new Set(query.status),
    priorityIds: input.priorityIds,
    through: lastCompleteQuarter(ctx.now),
  });
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 50;
  return {
    items: await summaries(ctx, entries.slice((page - 1) * pageSize, page * pageSize)),
    total: entries.length,
    page,
    pageSize,
  };
}

/** The quarters the planners hold (open or returned) up to `through`, all of them, in the list's order. */
export async function listHeldQuarters(
  ctx: QuarterContext,
  input: { plan: PlanRow; priorityIds: ReadonlySet<number> | null; through: string },
): Promise<ReviewSummary[]> {
  const entries = await quarterEntries(ctx, {
    plan: input.plan,
    statuses: new Set<ReviewStatus>(['open', 'returned']),
    priorityIds: input.priorityIds,
    through: input.through,
  });
  return summaries(ctx, entries);
}
