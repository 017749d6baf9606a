import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Language } from '@rbm/shared';
import { api } from '@rbm/shared/api';
import type { EntrySheet } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';
import { entryKeys } from './query-keys.ts';

export function getEntrySheet(
  plan: string,
  priority: string,
  period: string,
  language: Language,
): Promise<EntrySheet> {
  return fetchRoute(api.getEntrySheet, { params: { priority, period }, query: { plan, lang: language } });
}

export const entrySheetQueryOptions = (plan: string, priority: string, period: string, language: Language) =>
  queryOptions({
    queryKey: entryKeys.sheet(plan, priority, period, language),
    queryFn: () => getEntrySheet(plan, priority, period, language),
  });

export function useEntrySheet(plan: string, priority: string, period: string, language: Language) {
  return useQuery(entrySheetQueryOptions(plan, priority, period, language));
}
