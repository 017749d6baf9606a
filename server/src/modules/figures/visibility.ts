// Which values a figure counts: approved only (published figures), or drafts too when asked for, and the
// basis every figure states beside itself.
import type { ValueState } from '@rbm/shared';
import { lastCompleteQuarter } from '@rbm/shared/rbm';
import type { FiguresBasis } from '@rbm/shared/schemas';

/** Published figures count approved values only; people allowed to see drafts may include them. */
export type Visibility = 'approved' | 'all';

/** The `include` query parameter of the figures' routes. */
export type Include = 'approved' | 'unapproved';

export const VISIBLE_STATES: Record<Visibility, readonly ValueState[]> = {
  approved: ['approved'],
  all: ['draft', 'submitted', 'approved'],
};

export function visibilityOf(include: Include | undefined): Visibility {
  return include === 'unapproved' ? 'all' : 'approved';
}

/** What a figure stands on: which values, which period, as of which complete quarter. */
export function figuresBasis(visibility: Visibility, period: string, now: Date): FiguresBasis {
  return { values: visibility === 'all' ? 'unapproved' : 'approved', period, asOf: lastCompleteQuarter(now) };
}
