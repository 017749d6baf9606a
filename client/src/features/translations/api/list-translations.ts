import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@rbm/shared/api';
import type { TranslationList, TranslationListQuery } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';
import { translationKeys } from './query-keys.ts';

export function listTranslations(query: TranslationListQuery): Promise<TranslationList> {
  return fetchRoute(api.listTranslations, {
    query: {
      language: query.language,
      entity: query.entity,
      missing: query.missing || undefined,
      plan: query.plan,
    },
  });
}

export const translationsQueryOptions = (query: TranslationListQuery) =>
  queryOptions({
    queryKey: translationKeys.list(query),
    queryFn: () => listTranslations(query),
    placeholderData: keepPreviousData,
  });

export function useTranslationList(query: TranslationListQuery) {
  return useQuery(translationsQueryOptions(query));
}
