import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Language } from '@rbm/shared';
import { api } from '@rbm/shared/api';
import type { DueWork } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';
import { entryKeys } from './query-keys.ts';

export function listDueWork(plan: string, language: Language): Promise<DueWork> {
  return fetchRoute(api.listDueWork, { query: { plan, lang: language } });
}

export const dueWorkQueryOptions = (plan: string, language: Language) =>
  queryOptions({ queryKey: entryKeys.due(plan, language), queryFn: () => listDueWork(plan, language) });

export function useDueWork(plan: string, language: Language) {
  return useQuery(dueWorkQueryOptions(plan, language));
}
