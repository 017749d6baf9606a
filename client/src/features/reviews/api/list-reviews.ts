import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Language, ReviewStatus } from '@rbm/shared';
import { api } from '@rbm/shared/api';
import type { ReviewList } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';
import { reviewKeys } from './query-keys.ts';

export const QUEUE_PAGE_SIZE = 25;

export function listReviews(
  plan: string,
  statuses: readonly ReviewStatus[],
  page: number,
  language: Language,
): Promise<ReviewList> {
  return fetchRoute(api.listReviews, {
    query: { plan, lang: language, page, pageSize: QUEUE_PAGE_SIZE, status: [...statuses] },
  });
}

export const reviewListQueryOptions = (
  plan: string,
  statuses: readonly ReviewStatus[],
  page: number,
  language: Language,
) =>
  queryOptions({
    queryKey: reviewKeys.list(plan, statuses, page, language),
    queryFn: () => listReviews(plan, statuses, page, language),
    placeholderData: keepPreviousData,
  });

export function useReviews(
  plan: string,
  statuses: readonly ReviewStatus[],
  page: number,
  language: Language,
) {
  return useQuery(reviewListQueryOptions(plan, statuses, page, language));
}
