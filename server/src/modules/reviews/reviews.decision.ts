// The reviewer's decision on a submitted quarter, KPI by KPI: each KPI awaiting a decision is approved
// (locked, published) or returned to the planner (draft, editable, with a comment). Approve and return
// decide every waiting KPI alike; `decide` mixes them. KPIs approved earlier are never touched, so after
// a partial return only the KPIs sent back wait for the next decision. Every comment typed is kept: on
// the returned value, and in the review's audit row, which the history of decisions reads.
import type {
  ApproveReviewBody,
  DecideReviewBody,
  KpiDecision,
  ReturnReviewBody,
  ReviewDetail,
  ReviewKpiDecision,
} from '@rbm/shared/schemas';
import { unprocessable, type FieldError } from '../../errors.ts';
import type { MeasuredKpi } from '../figures/figures.service.ts';
import {
  ownedKpis,
  type QuarterContext,
  type QuarterWriteContext,
  type ReviewScope,
} from '../review-scope/review-scope.service.ts';
import { loadReview } from './reviews.detail.ts';
import type { ReviewValueRow } from './reviews.repository.ts';
import { notInStatus, requireComment } from './reviews.service.ts';
import { applyTransition, type Transition } from './reviews.transition.ts';

interface Verdict {
  decision: KpiDecision;
  /** The comment on this KPI; a returned value carries it (or the overall comment). */
  comment: string | null;
}

interface Decision {
  action: 'approve' | 'return' | 'decide';
  /** The overall comment. */
  comment: string | null;
  /** The KPIs the body names, by code, with where they were named (for field errors). */
  named: Map<string, { verdict: Verdict; field: string }>;
  /** The verdict on a waiting KPI the body does not name. */
  otherwise: Verdict;
  /** The comment a returned value carries when its KPI has none of its own. */
  returnComment: (verdict: Verdict) => string | null;
}

/** A KPI waits for a decision while one of its values of the quarter is submitted. */
const waiting = (values: ReviewValueRow[]) =>
  new Set(values.filter((v) => v.state === 'submitted').map((v) => v.kpiId));

function fail(code: string, errors: FieldError[]): never {
  throw unprocessable(code, errors.map((e) => e.message).join('; '), errors);
}

/** The KPIs a body names: each one of the priority's, and named once. */
function namedKpis(
  owned: Map<string, MeasuredKpi>,
  scope: ReviewScope,
  items: ReadonlyArray<{ code: string; verdict: Verdict }>,
): Decision['named'] {
  const named: Decision['named'] = new Map();
  const foreign: FieldError[] = [];
  const twice: FieldError[] = [];
  items.forEach((item, index) => {
    const field = `body.kpis.${index}.code`;
    if (!owned.has(item.code)) {
      const message = `${item.code} is not a KPI of ${scope.priority.code}`;
      foreign.push({ field, message, code: 'kpi_not_in_review' });
    } else if (named.has(item.code)) {
      twice.push({ field, message: `${item.code} is named twice`, code: 'kpi_decided_twice' });
    } else {
      named.set(item.code, { verdict: item.verdict, field });
    }
  });
  if (foreign.length > 0) fail('kpi_not_in_review', foreign);
  if (twice.length > 0) fail('kpi_decided_twice', twice);
  return named;
}

/** Applies a decision to every waiting KPI of the quarter, in one audited transaction. */
async function applyDecision(
  ctx: QuarterWriteContext,
  scope: ReviewScope,
  decision: Decision,
): Promise<ReviewDetail> {
  const { actor } = ctx;
  const stamp = ctx.now.toISOString();
  const verdictOf = (kpi: MeasuredKpi) => decision.named.get(kpi.code)?.verdict ?? decision.otherwise;
  const returning =
    decision.otherwise.decision === 'return' ||
    [...decision.named.values()].some((n) => n.verdict.decision === 'return');
  const transition: Transition = {
    action: decision.action,
    from: ['submitted'],
    refuse: notInStatus('review_not_submitted', 'submitted'),
    review: {
      status: returning ? 'returned' : 'approved',
      comment: decision.comment,
      decidedBy: actor.userId,
      decidedAt: stamp,
    },
    check: (values, kpis) => {
      const open = waiting(values);
      const idOf = new Map(kpis.map((k) => [k.code, k.id]));
      const settled: FieldError[] = [...decision.named]
        .filter(([code]) => !open.has(idOf.get(code) ?? -1))
        .map(([code, { field }]) => ({
          field,
          message: `${code} has no value waiting for a decision (approved already, or not reported)`,
          code: 'kpi_not_pending',
        }));
      if (settled.length > 0) fail('kpi_not_pending', settled);
    },
    record: (values, kpis) => {
      const open = waiting(values);
      const kpiDecisions: ReviewKpiDecision[] = kpis
        .filter((kpi) => open.has(kpi.id))
        .map((kpi) => ({ code: kpi.code, ...verdictOf(kpi) }));
      return { kpis: kpiDecisions };
    },
    value: (v, kpi) => {
      if (v.state !== 'submitted') return null;
      const verdict = verdictOf(kpi);
      if (verdict.decision === 'approve') return { state: 'approved', approvedAt: stamp };
      return { state: 'draft', approvedAt: null, returnComment: decision.returnComment(verdict) };
    },
    reason: decision.comment,
    valueReason: (kpi) => verdictOf(kpi).comment ?? decision.comment,
    valueAction: (kpi) => verdictOf(kpi).decision,
  };
  await applyTransition(ctx, { scope, transition });
  return loadReview(ctx, scope);
}

async function ownedByCode(ctx: QuarterContext, scope: ReviewScope): Promise<Map<string, MeasuredKpi>> {
  const measurement = await ctx.measurements.get(ctx.db, scope.plan, 'all');
  return new Map(ownedKpis(measurement, scope.priority.id).map((k) => [k.code, k]));
}

const trimmed = (text: string | undefined) => text?.trim() || null;

/** Approves every KPI waiting for a decision, keeping the overall comment and those on single KPIs. */
export async function approveReview(
  ctx: QuarterWriteContext,
  input: { scope: ReviewScope; body: ApproveReviewBody | undefined },
): Promise<ReviewDetail> {
  const { scope, body } = input;
  const owned = await ownedByCode(ctx, scope);
  const named = namedKpis(
    owned,
    scope,
    (body?.kpis ?? []).map((k) => ({
      code: k.code,
      verdict: { decision: 'approve' as const, comment: trimmed(k.comment) },
    })),
  );
  const approve: Verdict = { decision: 'approve', comment: null };
  return applyDecision(ctx, scope, {
    action: 'approve',
    comment: trimmed(body?.comment),
    named,
    otherwise: approve,
    returnComment: () => null,
  });
}

/**
 * Returns every KPI waiting for a decision. With comments on single KPIs only those values carry one;
 * without, every value carries the overall comment, which is required.
 */
export async function returnReview(
  ctx: QuarterWriteContext,
  input: { scope: ReviewScope; body: ReturnReviewBody },
): Promise<ReviewDetail> {
  const { scope, body } = input;
  const comment = requireComment(body.comment, 'to return a quarter');
  const owned = await ownedByCode(ctx, scope);
  const named = namedKpis(
    owned,
    scope,
    (body.kpis ?? []).map((k) => ({
      code: k.code,
      verdict: { decision: 'return' as const, comment: trimmed(k.comment) },
    })),
  );
  const perKpi = body.kpis !== undefined;
  return applyDecision(ctx, scope, {
    action: 'return',
    comment,
    named,
    otherwise: { decision: 'return', comment: null },
    returnComment: (verdict) => (perKpi ? verdict.comment : comment),
  });
}

/** Approves some KPIs and returns others; KPIs the body does not name are approved. */
export async function decideReview(
  ctx: QuarterWriteContext,
  input: { scope: ReviewScope; body: DecideReviewBody },
): Promise<ReviewDetail> {
  const { scope, body } = input;
  const comment = trimmed(body.comment);
  const owned = await ownedByCode(ctx, scope);
  const named = namedKpis(
    owned,
    scope,
    body.kpis.map((k) => ({ code: k.code, verdict: { decision: k.decision, comment: trimmed(k.comment) } })),
  );
  const uncommented: FieldError[] = body.kpis.flatMap((k, index) =>
    k.decision === 'return' && trimmed(k.comment) === null && comment === null
      ? [
          {
            field: `body.kpis.${index}.comment`,
            message: `Say why ${k.code} goes back to the planner (or give an overall comment)`,
            code: 'comment_required',
          },
        ]
      : [],
  );
  if (uncommented.length > 0) fail('comment_required', uncommented);
  return applyDecision(ctx, scope, {
    action: 'decide',
    comment,
    named,
    otherwise: { decision: 'approve', comment: null },
    returnComment: (verdict) => verdict.comment ?? comment,
  });
}
