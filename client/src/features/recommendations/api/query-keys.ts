import type { RecommendationFilters } from '../utils/recommendation-filters.ts';

export const recommendationKeys = {
  all: ['recommendations'] as const,
  list: (plan: string, filters: RecommendationFilters) =>
    [...recommendationKeys.all, 'list', plan, filters] as const,
  rates: (plan: string) => [...recommendationKeys.all, 'rates', plan] as const,
  detail: (id: number) => [...recommendationKeys.all, 'detail', id] as const,
};
