// Which year a report opens on, and where its downloads come from.
import type { Language } from '@rbm/shared';
import { api } from '@rbm/shared/api';
import { lastCompleteQuarter, parsePeriod } from '@rbm/shared/rbm';
import { routeUrl } from '../../../lib/api-client.ts';

/** The latest year whose fourth quarter is complete, kept within the plan's years. */
export function latestCompleteYear(startYear: number, endYear: number, now: Date): number {
  const last = parsePeriod(lastCompleteQuarter(now));
  const complete = last === null ? startYear : last.quarter === 4 ? last.year : last.year - 1;
  return Math.min(endYear, Math.max(startYear, complete));
}

export function planYears(startYear: number, endYear: number): number[] {
  return Array.from({ length: Math.max(0, endYear - startYear + 1) }, (_, i) => startYear + i);
}

/** The report as a file (approved figures only: no include=unapproved, whoever asks). */
export function reportDownloadUrl(plan: string, year: number, format: 'xlsx' | 'pptx', language: Language) {
  return routeUrl(api.getAnnualReport, { params: { year }, query: { plan, format, lang: language } });
}
