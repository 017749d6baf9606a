// Which values a figure counts: approved only (published figures), or drafts too when asked for.
import { lastCompleteQuarter } from '@rbm/shared/rbm';
import type { FiguresBasis } from '@rbm/shared/schemas';
import type { Visibility } from './measurement.service.ts';

export function visibilityOf(include: 'approved' | 'unapproved' | undefined): Visibility {
  return include === 'unapproved' ? 'all' : 'approved';
}

export function basisOf(visibility: Visibility, period: string, now: Date): FiguresBasis {
  return { values: visibility === 'all' ? 'unapproved' : 'approved', period, asOf: lastCompleteQuarter(now) };
}
