import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Language } from '@rbm/shared';
import { api } from '@rbm/shared/api';
import type { PlanList } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';
import { frameworkKeys } from './query-keys.ts';

export function getPlans(language: Language): Promise<PlanList> {
  return fetchRoute(api.listPlans, { query: { lang: language } });
}

export const plansQueryOptions = (language: Language) =>
  queryOptions({
    queryKey: frameworkKeys.plans(language),
    queryFn: () => getPlans(language),
    staleTime: 5 * 60_000,
  });

export function usePlans(language: Language) {
  return useQuery(plansQueryOptions(language));
}
