import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Language } from '@rbm/shared';
import { api } from '@rbm/shared/api';
import type { CompareGrouping, Comparison } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';
import { compareKeys } from './query-keys.ts';

/** Published figures: approved values only. */
export function getComparison(
  plan: string,
  by: CompareGrouping,
  period: string | null,
  language: Language,
): Promise<Comparison> {
  return fetchRoute(api.getComparison, { query: { plan, by, period, lang: language } });
}

export const comparisonQueryOptions = (
  plan: string,
  by: CompareGrouping,
  period: string | null,
  language: Language,
) =>
  queryOptions({
    queryKey: compareKeys.comparison(plan, by, period, language),
    queryFn: () => getComparison(plan, by, period, language),
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });

export function useComparison(plan: string, by: CompareGrouping, period: string | null, language: Language) {
  return useQuery(comparisonQueryOptions(plan, by, period, language));
}
