import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@rbm/shared/api';
import type { Language } from '@rbm/shared';
import type { Matrix } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';
import { queryOfFilters, type MatrixFilters } from '../utils/matrix-filters.ts';
import { themeKeys } from './query-keys.ts';

/** Themes x units with each theme's roll-up (approved figures) and open radar candidates. */
export function getThemeMatrix(plan: string, filters: MatrixFilters, lang: Language): Promise<Matrix> {
  return fetchRoute(api.getThemeMatrix, { query: { plan, ...queryOfFilters(filters), lang } });
}

export const themeMatrixQueryOptions = (plan: string, filters: MatrixFilters, lang: Language) =>
  queryOptions({
    queryKey: themeKeys.matrix(plan, filters, lang),
    queryFn: () => getThemeMatrix(plan, filters, lang),
    staleTime: 30_000,
  });

export function useThemeMatrix(plan: string, filters: MatrixFilters, lang: Language) {
  return useQuery(themeMatrixQueryOptions(plan, filters, lang));
}
