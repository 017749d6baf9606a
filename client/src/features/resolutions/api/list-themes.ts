import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@rbm/shared/api';
import type { Language } from '@rbm/shared';
import type { ThemeList } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';
import { resolutionKeys } from './query-keys.ts';

/** The intersectoral themes' names, for the filter, the links and the form's choices. */
export function listThemes(language: Language): Promise<ThemeList> {
  return fetchRoute(api.listThemes, { query: { lang: language } });
}

export function useThemeNames(language: Language) {
  return useQuery(
    queryOptions({
      queryKey: [...resolutionKeys.all, 'themes', language] as const,
      queryFn: () => listThemes(language),
      staleTime: 300_000,
    }),
  );
}
