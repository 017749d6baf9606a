// The review queue's filters and the return decision's body: pure, so they are tested beside.
import type { ReviewStatus } from '@rbm/shared';
import type { ReturnReviewBody } from '@rbm/shared/schemas';

/** The queue's status filters; reviewers start with the quarters waiting for them. */
export const QUEUE_FILTERS = {
  submitted: ['submitted'],
  with_planners: ['open', 'returned'],
  approved: ['approved'],
  all: [],
} as const satisfies Record<string, readonly ReviewStatus[]>;
export type QueueFilter = keyof typeof QUEUE_FILTERS;
export const DEFAULT_QUEUE_FILTER: QueueFilter = 'submitted';

export function isQueueFilter(value: string | null): value is QueueFilter {
  return value !== null && Object.hasOwn(QUEUE_FILTERS, value);
}

/**
 * The body of a return: the overall comment, and the comments written on single KPIs. The API needs an
 * overall comment; with only KPI comments, they make it ("D1-K1: …; D1-K2: …"). Null when nothing is
 * written (a return needs a reason).
 */
export function returnBody(
  overall: string,
  perKpi: Readonly<Record<string, string>>,
): ReturnReviewBody | null {
  const kpis = Object.entries(perKpi)
    .map(([code, comment]) => ({ code, comment: comment.trim() }))
    .filter((k) => k.comment !== '');
  const comment = overall.trim() || kpis.map((k) => `${k.code}: ${k.comment}`).join('; ');
  if (comment === '') return null;
  return kpis.length > 0 ? { comment, kpis } : { comment };
}
