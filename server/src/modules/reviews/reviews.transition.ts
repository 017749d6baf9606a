// The machinery of a review's state change: check the starting status, update the review and each value of
// the quarter with compare-and-set on their versions, and audit the review and every value changed, all in
// one transaction. The rules of each change (which status, which fields) live in reviews.service.ts and
// reviews.decision.ts.
import type { ReviewStatus } from '@rbm/shared';
import type { Updateable } from 'kysely';
import type { Db } from '../../db/connection.ts';
import type { ServiceContext } from '../../lib/service-context.ts';
import type { QuarterlyReviewTable } from '../../db/schema.ts';
import { conflict, type AppError } from '../../errors.ts';
import { auditedWrite, type Audit } from '../audit/audit.service.ts';
import type { MeasuredKpi } from '../figures/figures.service.ts';
import { recordReviewChange } from '../notifications/notifications.events.ts';
import {
  ownedKpis,
  type QuarterWriteContext,
  type ReviewScope,
} from '../review-scope/review-scope.service.ts';
import * as repo from './reviews.repository.ts';

export type ReviewChanges = Omit<Updateable<QuarterlyReviewTable>, 'id' | 'version' | 'updatedAt'>;
export type ValueChanges = Parameters<typeof repo.updateValue>[3];

/** One state change: where it may start, what it does to the review and to each value of the quarter. */
export interface Transition {
  action: 'submit' | 'approve' | 'return' | 'decide' | 'reopen';
  from: readonly ReviewStatus[];
  /** Raised when the review is in any other status. */
  refuse: (status: ReviewStatus) => AppError;
  review: ReviewChanges;
  /** The value's new fields, or null to leave it as it is. */
  value: (value: repo.ReviewValueRow, kpi: MeasuredKpi) => ValueChanges | null;
  /** The reason written with the review's audit row (and the values', unless `valueReason` says otherwise). */
  reason: string | null;
  valueReason?: (kpi: MeasuredKpi) => string | null;
  /** The action written with each value's audit row, when it differs by KPI (a decision per KPI). */
  valueAction?: (kpi: MeasuredKpi) => 'approve' | 'return';
  /** Further checks on the quarter's values, inside the transaction. */
  check?: (values: repo.ReviewValueRow[], kpis: MeasuredKpi[]) => void;
  /** Further facts for the review's audit row (the decision on each KPI), from the values it changes. */
  record?: (values: repo.ReviewValueRow[], kpis: MeasuredKpi[]) => Record<string, unknown>;
}

/** The review's fields that a change touches, for its audit row. */
function snapshot(review: repo.ReviewRow, changes: ReviewChanges) {
  const fields = new Set<string>(['status', 'comment', ...Object.keys(changes)]);
  return Object.fromEntries(
    [...fields].map((field) => [field, (review as unknown as Record<string, unknown>)[field] ?? null]),
  );
}

/** The review's record, created (open) if the quarter has none yet; a concurrent creation is fine. */
export async function requireReviewRow(ctx: ServiceContext, scope: ReviewScope): Promise<repo.ReviewRow> {
  const tx = ctx.db; // the write's transaction
  const existing = await repo.findReview(tx, scope.priority.id, scope.period);
  if (existing) return existing;
  await repo.insertReviewIfMissing(tx, scope.priority.id, scope.period, ctx.now.toISOString());
  const created = await repo.findReview(tx, scope.priority.id, scope.period);
  if (!created) throw new Error(`quarterly_review ${scope.priority.code} ${scope.period} was not created`);
  // Created and already changed by a concurrent request: its status was not checked here.
  if (created.version !== 1) {
    throw conflict('review_changed', 'The review changed meanwhile; reload and try again');
  }
  return created;
}

async function changeValues(
  tx: Db,
  audit: Audit,
  transition: Transition,
  values: repo.ReviewValueRow[],
  kpis: MeasuredKpi[],
): Promise<string[]> {
  const kpiById = new Map(kpis.map((k) => [k.id, k]));
  const returned = new Set<string>();
  for (const value of values) {
    const kpi = kpiById.get(value.kpiId);
    const changes = kpi ? transition.value(value, kpi) : null;
    if (!kpi || changes === null) continue;
    if (!(await repo.updateValue(tx, value.id, value.version, changes))) {
      throw conflict('value_changed', `A value of ${kpi.code} changed meanwhile; reload and try again`);
    }
    const before = { state: value.state, returnComment: value.returnComment, version: value.version };
    const action = transition.valueAction ? transition.valueAction(kpi) : transition.action;
    if (action === 'return') returned.add(kpi.code);
    await audit({
      action,
      entity: 'kpi_value',
      entityId: value.id,
      kpiIds: value.kpiId,
      before: { kpi: kpi.code, period: value.period, regionId: value.regionId, ...before },
      after: {
        kpi: kpi.code,
        period: value.period,
        regionId: value.regionId,
        ...before,
        ...changes,
        version: value.version + 1,
      },
      reason: transition.valueReason ? transition.valueReason(kpi) : transition.reason,
    });
  }
  return [...returned].sort();
}

export async function applyTransition(
  ctx: QuarterWriteContext,
  input: { scope: ReviewScope; transition: Transition },
): Promise<void> {
  const { scope, transition } = input;
  const measurement = await ctx.measurements.get(ctx.db, scope.plan, 'all');
  const kpis = ownedKpis(measurement, scope.priority.id);
  const stamp = ctx.now.toISOString();
  await auditedWrite(ctx.db, ctx, async (tx, audit) => {
    const current = await repo.findReview(tx, scope.priority.id, scope.period);
    const status = (current?.status ?? 'open') as ReviewStatus;
    if (!transition.from.includes(status)) throw transition.refuse(status);
    const values = await repo.findValues(
      tx,
      kpis.map((k) => k.id),
      { period: scope.period },
    );
    transition.check?.(values, kpis);

    const review = current ?? (await requireReviewRow({ ...ctx, db: tx }, scope));
    if (
      !(await repo.updateReview(tx, review.id, review.version, { ...transition.review, updatedAt: stamp }))
    ) {
      throw conflict('review_changed', 'The review changed meanwhile; reload and try again');
    }
    await audit({
      action: transition.action,
      entity: 'quarterly_review',
      entityId: review.id,
      before: { priority: scope.priority.code, period: scope.period, ...snapshot(review, transition.review) },
      after: {
        priority: scope.priority.code,
        period: scope.period,
        ...snapshot(review, transition.review),
        ...transition.review,
        ...transition.record?.(values, kpis),
      },
      reason: transition.reason,
    });
    const returnedKpis = await changeValues(tx, audit, transition, values, kpis);
    // Who must hear of it (reviewers of a submission, planners of a decision), in the same transaction.
    await recordReviewChange(
      tx,
      {
        action: transition.action,
        plan: scope.plan.code,
        priority: { id: scope.priority.id, code: scope.priority.code },
        period: scope.period,
        version: review.version + 1,
        returnedKpis,
      },
      ctx.now,
    );
  });
}
