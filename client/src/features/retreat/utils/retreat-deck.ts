// The retreat deck (PowerPoint, built by the server): the comparison's period, one slide per Sector.
import type { Language } from '@rbm/shared';
import { api } from '@rbm/shared/api';
import { routeUrl } from '../../../lib/api-client.ts';

/** Approved figures only: no include=unapproved, whoever asks. */
export function retreatDeckUrl(plan: string, period: string, language: Language): string {
  return routeUrl(api.getComparison, { query: { plan, period, format: 'pptx', lang: language } });
}
