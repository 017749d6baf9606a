import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Language } from '@rbm/shared';
import { api } from '@rbm/shared/api';
import type { ThemeReport } from '@rbm/shared/schemas';
import { fetchRoute, routeUrl } from '../../../lib/api-client.ts';
import { themeKeys } from './query-keys.ts';

/** The Resolution 59 report of a plan year (approved figures only, whoever asks). */
export function getThemeReport(plan: string, year: number, lang: Language): Promise<ThemeReport> {
  return fetchRoute(api.getThemeReport, { params: { year }, query: { plan, lang } });
}

export const themeReportQueryOptions = (plan: string, year: number, lang: Language) =>
  queryOptions({
    queryKey: themeKeys.report(plan, year, lang),
    queryFn: () => getThemeReport(plan, year, lang),
    staleTime: 60_000,
  });

export function useThemeReport(plan: string, year: number, lang: Language) {
  return useQuery(themeReportQueryOptions(plan, year, lang));
}

/** The report as a workbook or a deck in the reader's language. */
export function themeReportDownloadUrl(plan: string, year: number, format: 'xlsx' | 'pptx', lang: Language) {
  return routeUrl(api.getThemeReport, { params: { year }, query: { plan, format, lang } });
}
