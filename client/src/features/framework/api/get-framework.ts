import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Language } from '@rbm/shared';
import { api } from '@rbm/shared/api';
import type { Framework } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';
import { frameworkKeys } from './query-keys.ts';

export function getFramework(plan: string, language: Language): Promise<Framework> {
  return fetchRoute(api.getFramework, { params: { plan }, query: { lang: language } });
}

export const frameworkQueryOptions = (plan: string, language: Language) =>
  queryOptions({
    queryKey: frameworkKeys.tree(plan, language),
    queryFn: () => getFramework(plan, language),
    staleTime: 60_000,
  });

export function useFramework(plan: string, language: Language) {
  return useQuery(frameworkQueryOptions(plan, language));
}
