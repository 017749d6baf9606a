import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Language } from '@rbm/shared';
import { api, apiPath } from '@rbm/shared/api';
import type { EntrySheet } from '@rbm/shared/schemas';
import { fetchJson, withQuery } from '../../../lib/api-client.ts';
import { entryKeys } from './query-keys.ts';

export function getEntrySheet(
  plan: string,
  priority: string,
  period: string,
  language: Language,
): Promise<EntrySheet> {
  return fetchJson<EntrySheet>(
    withQuery(apiPath(api.getEntrySheet.url, { priority, period }), { plan, lang: language }),
  );
}

export const entrySheetQueryOptions = (plan: string, priority: string, period: string, language: Language) =>
  queryOptions({
    queryKey: entryKeys.sheet(plan, priority, period, language),
    queryFn: () => getEntrySheet(plan, priority, period, language),
  });

export function useEntrySheet(plan: string, priority: string, period: string, language: Language) {
  return useQuery(entrySheetQueryOptions(plan, priority, period, language));
}
