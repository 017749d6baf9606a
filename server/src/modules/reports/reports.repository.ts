// Queries the annual report needs beyond the figures: the narratives of the quarterly reviews.
import type { ReviewStatus } from '@rbm/shared';
import type { Db } from '../../db/connection.ts';

/** The quarterly reviews of a plan's priorities for the given quarters, in the given statuses. */
export function findReviewTexts(
  db: Db,
  planId: number,
  periods: readonly string[],
  statuses: readonly ReviewStatus[],
) {
  return db
    .selectFrom('quarterlyReview')
    .innerJoin('thematicPriority', 'thematicPriority.id', 'quarterlyReview.priorityId')
    .select([
      'quarterlyReview.priorityId',
      'thematicPriority.code as priorityCode',
      'thematicPriority.sortOrder as prioritySortOrder',
      'quarterlyReview.period',
      'quarterlyReview.status',
      'quarterlyReview.achievements',
      'quarterlyReview.challenges',
      'quarterlyReview.improvements',
    ])
    .where('thematicPriority.planId', '=', planId)
    .where('quarterlyReview.period', 'in', periods)
    .where('quarterlyReview.status', 'in', statuses)
    .execute();
}
