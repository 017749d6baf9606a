import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Language } from '@rbm/shared';
import { api } from '@rbm/shared/api';
import type { AnnualReport } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';
import { reportKeys } from './query-keys.ts';

/** Approved figures only: the report screen never asks for unapproved values, whatever the role. */
export function getAnnualReport(plan: string, year: number, language: Language): Promise<AnnualReport> {
  return fetchRoute(api.getAnnualReport, { params: { year }, query: { plan, lang: language } });
}

export const annualReportQueryOptions = (plan: string, year: number, language: Language) =>
  queryOptions({
    queryKey: reportKeys.annual(plan, year, language),
    queryFn: () => getAnnualReport(plan, year, language),
    staleTime: 60_000,
  });

export function useAnnualReport(plan: string, year: number, language: Language) {
  return useQuery(annualReportQueryOptions(plan, year, language));
}
