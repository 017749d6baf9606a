// A priority's quarter in a plan (`/api/reviews/:priority/:period`, the entry grid, its files and import):
// which plan and priority a request names, whether the quarter may be worked on, and its review's status
// as it stood when the request came in. The auth plugin resolves it once per request (its candidates also
// answer the scope check); the handlers read it from the request (review-scope.request.ts).
import { REVIEW_STATUSES, type Language, type ReviewStatus } from '@rbm/shared';
import { parsePeriod, validateDraftPeriod } from '@rbm/shared/rbm';
import type { PlanRow } from '../../db/schema.ts';
import { badRequest, notFound, unprocessable } from '../../errors.ts';
import { asEnum } from '../../lib/enums.ts';
import type { ServiceContext, WriteServiceContext } from '../../lib/service-context.ts';
import type { MeasuredKpi, MeasurementStore } from '../figures/figures.service.ts';
import { requirePlan } from '../plans/plans.service.ts';
import * as repo from './review-scope.repository.ts';

/** What the services working on a quarter need besides the database and the clock. */
export interface QuarterContext extends ServiceContext {
  measurements: MeasurementStore;
  language: Language;
}

export interface QuarterWriteContext extends QuarterContext, WriteServiceContext {}

/** A thematic priority with its Sector. */
export interface ScopePriority {
  id: number;
  code: string;
  name: string;
  sectorId: number;
  sectorCode: string;
  sectorName: string;
}

/** The quarter's review as it stood when the scope was resolved (`open`, version 0, when unrecorded). */
export interface QuarterReviewState {
  status: ReviewStatus;
  version: number;
  comment: string | null;
}

/** A priority's quarter in a plan: what every review, entry and import route works on. */
export interface ReviewScope {
  plan: PlanRow;
  priority: ScopePriority;
  period: string;
  review: QuarterReviewState;
}

export interface ReviewKey {
  priority: string;
  period: string;
  /** The plan's code (`?plan=`); else the plan that has the priority and whose years hold the period. */
  plan?: string | undefined;
}

/** The priority with this code in each plan that has one, with the quarter's review. */
export type ScopeCandidate = Omit<ReviewScope, 'period'>;

function toCandidate(row: repo.PriorityInPlanRow): ScopeCandidate {
  const { priorityId, priorityCode, priorityName, sectorId, sectorCode, sectorName, ...rest } = row;
  const { reviewStatus, reviewVersion, reviewComment, ...plan } = rest;
  return {
    plan,
    priority: { id: priorityId, code: priorityCode, name: priorityName, sectorId, sectorCode, sectorName },
    review: {
      status:
        reviewStatus === null ? 'open' : asEnum(REVIEW_STATUSES, reviewStatus, 'quarterly_review.status'),
      version: reviewVersion ?? 0,
      comment: reviewComment ?? null,
    },
  };
}

/** Every plan's priority with the key's code, newest plan first: the scope check reads their ids. */
export async function findScopeCandidates(
  ctx: ServiceContext,
  key: Pick<ReviewKey, 'priority' | 'period'>,
): Promise<ScopeCandidate[]> {
  return (await repo.findPriorityInPlans(ctx.db, key.priority, key.period)).map(toCandidate);
}

const planHolds = (plan: PlanRow, period: string) => {
  const year = parsePeriod(period)?.year ?? -1;
  return year >= plan.startYear && year <= plan.endYear;
};

/**
 * The plan named by `?plan=`, else the one that has the priority and whose years hold the period (400
 * plan_ambiguous when several do). The period must be a quarter of the plan that has begun (422 with
 * validateDraftPeriod's code): the one in progress can be drafted.
 */
export async function chooseReviewScope(
  ctx: ServiceContext,
  input: { key: ReviewKey; candidates: readonly ScopeCandidate[] },
): Promise<ReviewScope> {
  const { key, candidates } = input;
  let chosen: ScopeCandidate | undefined;
  if (key.plan !== undefined) {
    chosen = candidates.find((c) => c.plan.code === key.plan);
    if (!chosen) await requirePlan(ctx.db, key.plan); // 404 for an unknown plan, else the priority's
  } else {
    const holding = candidates.filter((c) => planHolds(c.plan, key.period));
    if (holding.length > 1) {
      throw badRequest(
        'plan_ambiguous',
        `Several plans have priority "${key.priority}" in ${key.period}; name one with ?plan=`,
        [{ field: 'querystring.plan', message: 'Name the plan', code: 'plan_ambiguous' }],
      );
    }
    chosen = holding[0] ?? candidates[0];
  }
  if (!chosen) throw notFound('Thematic priority', key.priority);
  const { plan } = chosen;
  const periodError = validateDraftPeriod(plan, key.period, ctx.now);
  if (periodError !== null) {
    const message = `${key.period} is not a quarter of plan ${plan.code} that has begun (${periodError})`;
    throw unprocessable(periodError, message, [{ field: 'params.period', message, code: periodError }]);
  }
  return { ...chosen, period: key.period };
}

/** The scope of a key, outside a request (the auth plugin resolves the requests'). */
export async function resolveReviewScope(ctx: ServiceContext, key: ReviewKey): Promise<ReviewScope> {
  return chooseReviewScope(ctx, { key, candidates: await findScopeCandidates(ctx, key) });
}

/** The KPIs a priority reports (it owns them), in code order. */
export function ownedKpis(measurement: { kpis: MeasuredKpi[] }, priorityId: number): MeasuredKpi[] {
  return measurement.kpis.filter((k) => k.ownerPriorityId === priorityId);
}
