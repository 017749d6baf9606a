import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@rbm/shared/api';
import type { TranslationSummary } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';
import { translationKeys } from './query-keys.ts';

/** Per language: how many framework texts are translated, and how many of them are confirmed. */
export function getTranslationSummary(): Promise<TranslationSummary> {
  return fetchRoute(api.translationSummary);
}

export const translationSummaryQueryOptions = () =>
  queryOptions({ queryKey: translationKeys.summary(), queryFn: getTranslationSummary });

export function useTranslationSummary() {
  return useQuery(translationSummaryQueryOptions());
}
