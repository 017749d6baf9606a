// Reading quarterly reviews: which plan and priority a request names, and the review as the API shows it
// (a priority-quarter without a record yet is `open`; nothing is written on a read).
import { REVIEW_STATUSES, VALUE_STATES, type Language } from '@rbm/shared';
import {
  compareQuarters,
  isValueDue,
  lastCompleteQuarter,
  parsePeriod,
  planQuarters,
  reportingDueDate,
  validateDraftPeriod,
} from '@rbm/shared/rbm';
import { REVIEW_RATINGS } from '@rbm/shared/schemas';
import type {
  ReviewDetail,
  ReviewKpi,
  ReviewList,
  ReviewListQuery,
  ReviewSummary,
} from '@rbm/shared/schemas';
import type { Db } from '../../db/connection.ts';
import type { PlanRow } from '../../db/schema.ts';
import { badRequest, notFound, unprocessable } from '../../errors.ts';
import { asEnum } from '../../lib/enums.ts';
import { findActionItems, findReviewDecisions } from './action-items.repository.ts';
import { toActionItem } from './action-items.service.ts';
import {
  resolvePlan,
  toRbmPlan,
  type MeasuredKpi,
  type MeasurementStore,
  type PlanMeasurement,
} from '../figures/figures.service.ts';
import { requirePlan } from '../plans/plans.service.ts';
import { createLocalizer, type Localizer } from '../translations/localizer.ts';
import { countKpis, isReported, reviewKpiRow, toDecision } from './reviews.kpi-rows.ts';
import * as repo from './reviews.repository.ts';

export { isReported };

export interface ReviewDeps {
  db: Db;
  measurements: MeasurementStore;
  now: Date;
}

/** A priority's quarter in a plan: what every review route works on. */
export interface ReviewScope {
  plan: PlanRow;
  priority: repo.PriorityRow;
  period: string;
}

const planHolds = (plan: PlanRow, period: string) => {
  const year = parsePeriod(period)?.year ?? -1;
  return year >= plan.startYear && year <= plan.endYear;
};

/**
 * The plan and priority of `/api/reviews/:priority/:period`: the plan named by `?plan=`, else the one that
 * has the priority and whose years hold the period (400 plan_ambiguous when several do). The period must be
 * a quarter of the plan that has begun (422 with validateDraftPeriod's code): the one in progress can be drafted.
 */
export async function resolveReview(
  db: Db,
  key: { priority: string; period: string },
  planCode: string | undefined,
  now: Date,
): Promise<ReviewScope> {
  let plan: PlanRow;
  if (planCode !== undefined) {
    plan = await requirePlan(db, planCode);
  } else {
    const plans = await repo.findPlansWithPriority(db, key.priority);
    const holding = plans.filter((p) => planHolds(p, key.period));
    if (holding.length > 1) {
      throw badRequest(
        'plan_ambiguous',
        `Several plans have priority "${key.priority}" in ${key.period}; name one with ?plan=`,
        [{ field: 'querystring.plan', message: 'Name the plan', code: 'plan_ambiguous' }],
      );
    }
    const chosen = holding[0] ?? plans[0];
    if (!chosen) throw notFound('Thematic priority', key.priority);
    plan = chosen;
  }
  const [priority] = await repo.findPriorities(db, plan.id, key.priority);
  if (!priority) throw notFound('Thematic priority', key.priority);
  const periodError = validateDraftPeriod(plan, key.period, now);
  if (periodError !== null) {
    const message = `${key.period} is not a quarter of plan ${plan.code} that has begun (${periodError})`;
    throw unprocessable(periodError, message, [{ field: 'params.period', message, code: periodError }]);
  }
  return { plan, priority, period: key.period };
}

/** The KPIs a priority reports (it owns them), in code order. */
export function ownedKpis(measurement: PlanMeasurement, priorityId: number): MeasuredKpi[] {
  return measurement.kpis.filter((k) => k.ownerPriorityId === priorityId);
}

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

interface SummaryParts {
  plan: PlanRow;
  priority: repo.PriorityRow;
  period: string;
  review: repo.ReviewRow | undefined;
  counts: ReviewSummary['kpiCounts'];
  usernames: Map<number, string>;
  t: Localizer;
}

function toSummary(parts: SummaryParts): ReviewSummary {
  const { plan, priority, period, review, t, usernames } = parts;
  const who = (id: number | null | undefined) =>
    id === null || id === undefined ? null : (usernames.get(id) ?? null);
  return {
    plan: plan.code,
    priority: { code: priority.code, name: t.text('thematic_priority', priority.id, 'name', priority.name) },
    sector: {
      code: priority.sectorCode,
      name: t.text('sector', priority.sectorId, 'name', priority.sectorName),
    },
    period,
    status: review ? asEnum(REVIEW_STATUSES, review.status, 'quarterly_review.status') : 'open',
    dueDate: reportingDueDate(toRbmPlan(plan), period).toISOString().slice(0, 10),
    kpiCounts: parts.counts,
    submittedAt: review?.submittedAt ?? null,
    submittedBy: who(review?.submittedBy),
    decidedAt: review?.decidedAt ?? null,
    decidedBy: who(review?.decidedBy),
    version: review?.version ?? 0,
  };
}

async function usernamesOf(db: Db, reviews: ReadonlyArray<repo.ReviewRow | undefined>) {
  const ids = new Set<number>();
  for (const review of reviews) {
    if (typeof review?.submittedBy === 'number') ids.add(review.submittedBy);
    if (typeof review?.decidedBy === 'number') ids.add(review.decidedBy);
  }
  const rows = await repo.findUsernames(db, [...ids]);
  return new Map(rows.map((r) => [r.id, r.username]));
}

/** One review with its narrative and the value of every KPI the priority owns. */
export async function loadReview(
  deps: ReviewDeps,
  scope: ReviewScope,
  language: Language,
): Promise<ReviewDetail> {
  const { db } = deps;
  const { plan, priority, period } = scope;
  const measurement = await deps.measurements.get(db, plan, 'all');
  const kpis = ownedKpis(measurement, priority.id);
  const [review, values, t] = await Promise.all([
    repo.findReview(db, priority.id, period),
    repo.findValues(
      db,
      kpis.map((k) => k.id),
      { period, totalsOnly: true },
    ),
    createLocalizer(db, language, ['thematic_priority', 'sector', 'kpi']),
  ]);
  const valueOf = new Map(values.map((v) => [v.kpiId, v]));
  const rows: ReviewKpi[] = kpis.map((kpi) =>
    reviewKpiRow(kpi, measurement, period, valueOf.get(kpi.id), t, deps.now),
  );
  const status = review ? asEnum(REVIEW_STATUSES, review.status, 'quarterly_review.status') : 'open';
  const [items, decisions] = await Promise.all([
    findActionItems(db, priority.id, period),
    review ? findReviewDecisions(db, review.id) : Promise.resolve([]),
  ]);
  const summary = toSummary({
    plan,
    priority,
    period,
    review,
    counts: countKpis(
      rows.filter((r) => r.due),
      status,
    ),
    usernames: await usernamesOf(db, [review]),
    t,
  });
  return {
    ...summary,
    narrative: {
      rating: review?.rating ? asEnum(REVIEW_RATINGS, review.rating, 'quarterly_review.rating') : null,
      achievements: review?.achievements ?? null,
      challenges: review?.challenges ?? null,
      improvements: review?.improvements ?? null,
    },
    comment: review?.comment ?? null,
    kpis: rows,
    actionItems: items.map((item) => toActionItem(item, period)),
    decisions: decisions.map(toDecision),
  };
}

/**
 * Reviews of a plan, the latest quarter first and priorities in plan order: every review on record, and
 * every priority-quarter up to the last complete quarter that owes values (`open` while unrecorded).
 */
export async function listReviews(
  deps: ReviewDeps,
  query: ReviewListQuery,
  language: Language,
  /** The thematic priorities the user works on (null: all): other priorities' quarters are not listed. */
  scope: ReadonlySet<number> | null = null,
  through = lastCompleteQuarter(deps.now), // the last quarter listed without a record
): Promise<ReviewList> {
  const { db } = deps;
  const plan = await resolvePlan({ db }, query);
  const priorities = (await repo.findPriorities(db, plan.id, query.priority)).filter(
    (p) => scope === null || scope.has(p.id),
  );
  if (query.priority !== undefined && priorities.length === 0) {
    throw notFound('Thematic priority', query.priority);
  }
  const measurement = await deps.measurements.get(db, plan, 'all');
  const dueByQuarter = dueKpisByQuarter(deps.measurements, measurement);
  const kpisOf = new Map(priorities.map((p) => [p.id, ownedKpis(measurement, p.id)]));
  const [reviews, totals, t] = await Promise.all([
    repo.findReviews(
      db,
      priorities.map((p) => p.id),
      query.period,
    ),
    repo.findValues(
      db,
      [...kpisOf.values()].flat().map((k) => k.id),
      { period: query.period, totalsOnly: true },
    ),
    createLocalizer(db, language, ['thematic_priority', 'sector']),
  ]);
  const totalOf = new Map(totals.map((v) => [`${v.kpiId}|${v.period}`, v]));
  const reviewOf = new Map(reviews.map((r) => [`${r.priorityId}|${r.period}`, r]));

  const complete = planQuarters(plan).filter((q) => compareQuarters(q, through) <= 0);
  const periods = new Set(query.period === undefined ? complete : complete.filter((q) => q === query.period));
  for (const review of reviews) if (planHolds(plan, review.period)) periods.add(review.period);
  const ordered = [...periods].sort((a, b) => compareQuarters(b, a));

  const statuses = query.status === undefined ? null : new Set(query.status);
  const entries: Array<Omit<SummaryParts, 'usernames' | 't'>> = [];
  for (const period of ordered) {
    const dueKpis = dueByQuarter.get(period) ?? new Set<number>();
    for (const priority of priorities) {
      const review = reviewOf.get(`${priority.id}|${period}`);
      const due = (kpisOf.get(priority.id) ?? []).filter((k) => dueKpis.has(k.id));
      if (!review && due.length === 0) continue;
      const status = review ? asEnum(REVIEW_STATUSES, review.status, 'quarterly_review.status') : 'open';
      if (statuses !== null && !statuses.has(status)) continue;
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

  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 50;
  const slice = entries.slice((page - 1) * pageSize, page * pageSize);
  const usernames = await usernamesOf(
    db,
    slice.map((e) => e.review),
  );
  return {
    items: slice.map((entry) => toSummary({ ...entry, usernames, t })),
    total: entries.length,
    page,
    pageSize,
  };
}
