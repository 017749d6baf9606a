// The retreat deck (PowerPoint, built by the server): the comparison's period, one slide per Sector.
import type { Language } from '@rbm/shared';
import { api } from '@rbm/shared/api';
import { withQuery } from '../../../lib/api-client.ts';

/** Approved figures only: no include=unapproved, whoever asks. */
export function retreatDeckUrl(plan: string, period: string, language: Language): string {
  return withQuery(api.getComparison.url, { plan, period, format: 'pptx', lang: language });
}
