// A review as the lists show it: its priority, Sector, status, due date, counts and who moved it last.
import { REVIEW_STATUSES } from '@rbm/shared';
import { reportingDueDate } from '@rbm/shared/rbm';
import type { ReviewSummary } from '@rbm/shared/schemas';
import type { Db } from '../../db/connection.ts';
import type { PlanRow } from '../../db/schema.ts';
import { asEnum } from '../../lib/enums.ts';
import { toRbmPlan } from '../figures/figures.service.ts';
import type { ScopePriority } from '../review-scope/review-scope.service.ts';
import type { Localizer } from '../translations/localizer.ts';
import * as repo from './reviews.repository.ts';

export interface SummaryParts {
  plan: PlanRow;
  priority: ScopePriority;
  period: string;
  review: repo.ReviewRow | undefined;
  counts: ReviewSummary['kpiCounts'];
  usernames: Map<number, string>;
  t: Localizer;
}

export const statusOf = (review: repo.ReviewRow | undefined) =>
  review ? asEnum(REVIEW_STATUSES, review.status, 'quarterly_review.status') : 'open';

export function toSummary(parts: SummaryParts): ReviewSummary {
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
    status: statusOf(review),
    dueDate: reportingDueDate(toRbmPlan(plan), period).toISOString().slice(0, 10),
    kpiCounts: parts.counts,
    submittedAt: review?.submittedAt ?? null,
    submittedBy: who(review?.submittedBy),
    decidedAt: review?.decidedAt ?? null,
    decidedBy: who(review?.decidedBy),
    version: review?.version ?? 0,
  };
}

/** The usernames of whoever submitted or decided the reviews. */
export async function usernamesOf(db: Db, reviews: ReadonlyArray<repo.ReviewRow | undefined>) {
  const ids = new Set<number>();
  for (const review of reviews) {
    if (typeof review?.submittedBy === 'number') ids.add(review.submittedBy);
    if (typeof review?.decidedBy === 'number') ids.add(review.decidedBy);
  }
  const rows = await repo.findUsernames(db, [...ids]);
  return new Map(rows.map((r) => [r.id, r.username]));
}
