// The reporting calendar of a thematic priority's quarter (rbm-method.md): open -> submitted -> approved |
// returned (the decision, KPI by KPI: reviews.decision.ts), and approved -> open again only with a reason.
// Each change moves the quarter's values with the review and is audited (reviews.transition.ts); the
// narrative changes while the planners hold the quarter.
import type { ReviewStatus } from '@rbm/shared';
import { isValueDue, quarterSubmittableFrom, type RbmPlan } from '@rbm/shared/rbm';
import type {
  ReopenReviewBody,
  ReviewDetail,
  ReviewNarrativeBody,
  SubmitReviewBody,
} from '@rbm/shared/schemas';
import { conflict, locked, unprocessable, type FieldError } from '../../errors.ts';
import { auditedWrite } from '../audit/audit.service.ts';
import { checkSubmission } from '../entry-rules/entry-findings.service.ts';
import type { MeasuredKpi } from '../figures/figures.service.ts';
import type { QuarterWriteContext, ReviewScope } from '../review-scope/review-scope.service.ts';
import { loadReview } from './reviews.detail.ts';
import { isReported } from './reviews.kpi-rows.ts';
import * as repo from './reviews.repository.ts';
import { applyTransition, requireReviewRow, type ReviewChanges } from './reviews.transition.ts';

const NARRATIVE_FIELDS = ['rating', 'achievements', 'challenges', 'improvements'] as const;

/** The narrative fields the body sets (undefined ones are left alone; null clears). */
function narrativeChanges(body: ReviewNarrativeBody | undefined): ReviewChanges {
  const changes: ReviewChanges = {};
  for (const field of NARRATIVE_FIELDS) {
    const value = body?.[field];
    if (value !== undefined) changes[field] = value;
  }
  return changes;
}

export function requireComment(comment: string | undefined, what: string): string {
  const text = comment?.trim() ?? '';
  if (text === '') {
    const message = `A comment is required ${what}`;
    throw unprocessable('comment_required', message, [
      { field: 'body.comment', message, code: 'comment_required' },
    ]);
  }
  return text;
}

export const notInStatus = (code: string, expected: string) => (status: ReviewStatus) =>
  conflict(code, `The review is ${status}; this needs it ${expected}`);

/** Every due KPI of the quarter needs a whole-KPI value with a number or a "no data" reason. */
function requireValues(period: string, rbmPlan: RbmPlan) {
  return (values: repo.ReviewValueRow[], kpis: MeasuredKpi[]) => {
    const reported = new Set(values.filter((v) => v.regionId === null && isReported(v)).map((v) => v.kpiId));
    const errors: FieldError[] = kpis
      .filter((kpi) => isValueDue(kpi.rbm, rbmPlan, period) && !reported.has(kpi.id))
      .map((kpi) => ({
        field: `kpis.${kpi.code}`,
        message: `${kpi.code} has no value and no "no data" reason for ${period}`,
        code: 'value_missing',
      }));
    if (errors.length > 0) {
      throw unprocessable(
        'values_missing',
        `Values missing for ${period}: ${errors.map((e) => e.field.slice(5)).join(', ')}`,
        errors,
      );
    }
  };
}

/** The quarter in progress can be drafted but is submitted only once it has ended. */
function requireQuarterEnded(period: string, now: Date): void {
  const from = quarterSubmittableFrom(period);
  if (now.getTime() >= from.getTime()) return;
  const day = from.toISOString().slice(0, 10);
  throw conflict('quarter_not_ended', `${period} has not ended yet; it can be submitted from ${day}`);
}

export async function submitReview(
  ctx: QuarterWriteContext,
  input: { scope: ReviewScope; body: SubmitReviewBody | undefined },
): Promise<ReviewDetail> {
  const { scope, body } = input;
  const { actor } = ctx;
  requireQuarterEnded(scope.period, ctx.now);
  const measurement = await ctx.measurements.get(ctx.db, scope.plan, 'all');
  const stamp = ctx.now.toISOString();
  // The plan's completeness rules (entry rules), once the quarter is with the planners.
  const current = await repo.findReview(ctx.db, scope.priority.id, scope.period);
  if (current?.status !== 'submitted' && current?.status !== 'approved') {
    await checkSubmission(ctx, { scope, narrative: body });
  }
  await applyTransition(ctx, {
    scope,
    transition: {
      action: 'submit',
      from: ['open', 'returned'],
      refuse: notInStatus('review_not_open', 'open or returned'),
      review: {
        ...narrativeChanges(body),
        status: 'submitted',
        submittedBy: actor.userId,
        submittedAt: stamp,
      },
      // Timeliness counts the first submission, so a resubmission keeps it.
      // KPIs approved in a partly returned quarter stay approved: only the values sent back are resubmitted.
      value: (v) =>
        v.state === 'submitted' || v.state === 'approved'
          ? null
          : { state: 'submitted', submittedAt: v.submittedAt ?? stamp },
      reason: null,
      check: requireValues(scope.period, measurement.rbmPlan),
    },
  });
  return loadReview(ctx, scope);
}

export async function reopenReview(
  ctx: QuarterWriteContext,
  input: { scope: ReviewScope; body: ReopenReviewBody },
): Promise<ReviewDetail> {
  const { scope, body } = input;
  const { actor } = ctx;
  const reason = requireComment(body.comment, 'to reopen an approved quarter');
  const stamp = ctx.now.toISOString();
  await applyTransition(ctx, {
    scope,
    transition: {
      action: 'reopen',
      from: ['approved'],
      refuse: notInStatus('review_not_approved', 'approved'),
      review: { status: 'open', comment: reason, decidedBy: actor.userId, decidedAt: stamp },
      value: (v) => (v.state === 'draft' ? null : { state: 'draft', approvedAt: null }),
      reason,
    },
  });
  return loadReview(ctx, scope);
}

/** The narrative may change while the quarter is with the planners (open or returned). */
export async function updateNarrative(
  ctx: QuarterWriteContext,
  input: { scope: ReviewScope; body: ReviewNarrativeBody },
): Promise<ReviewDetail> {
  const { scope, body } = input;
  const changes = narrativeChanges(body);
  const stamp = ctx.now.toISOString();
  await auditedWrite(ctx.db, ctx, async (tx, audit) => {
    const current = await repo.findReview(tx, scope.priority.id, scope.period);
    const status = (current?.status ?? 'open') as ReviewStatus;
    if (status === 'approved') throw locked('review_locked', 'The quarter is approved; reopen it first');
    if (status === 'submitted') {
      throw conflict('review_not_open', 'The quarter is submitted; it can change once returned');
    }
    if (Object.keys(changes).length === 0) return;
    const review = current ?? (await requireReviewRow({ ...ctx, db: tx }, scope));
    if (!(await repo.updateReview(tx, review.id, review.version, { ...changes, updatedAt: stamp }))) {
      throw conflict('review_changed', 'The review changed meanwhile; reload and try again');
    }
    const before = Object.fromEntries(
      NARRATIVE_FIELDS.filter((f) => f in changes).map((f) => [f, review[f]]),
    );
    await audit({
      action: 'update',
      entity: 'quarterly_review',
      entityId: review.id,
      before: { priority: scope.priority.code, period: scope.period, ...before },
      after: { priority: scope.priority.code, period: scope.period, ...changes },
    });
  });
  return loadReview(ctx, scope);
}
