import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Language } from '@rbm/shared';
import { api } from '@rbm/shared/api';
import type { Outlook } from '@rbm/shared/schemas';
import { fetchRoute, routeUrl } from '../../../lib/api-client.ts';
import { outlookKeys } from './query-keys.ts';

/** Published figures: approved values only. */
export function getOutlook(plan: string, language: Language): Promise<Outlook> {
  return fetchRoute(api.getOutlook, { query: { plan, lang: language } });
}

export const outlookQueryOptions = (plan: string, language: Language) =>
  queryOptions({
    queryKey: outlookKeys.outlook(plan, language),
    queryFn: () => getOutlook(plan, language),
    staleTime: 60_000,
  });

export function useOutlook(plan: string, language: Language) {
  return useQuery(outlookQueryOptions(plan, language));
}

/** The outlook as XLSX, in the reader's language (approved figures only). */
export const outlookDownloadUrl = (plan: string, language: Language) =>
  routeUrl(api.getOutlook, { query: { plan, format: 'xlsx', lang: language } });
