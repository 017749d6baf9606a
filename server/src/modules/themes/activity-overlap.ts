// Overlapping events: two events of different units on a shared theme, in the same region (or both global),
// whose dates overlap. Pure, so the list, the detail and the radar flag the same pairs.

export interface ScheduledActivity {
  code: string;
  kind: string;
  unit: string;
  region: string | null;
  startDate: string;
  endDate: string;
  themes: readonly string[];
}

export interface Overlap {
  code: string;
  unit: string;
  themes: string[];
}

/** Whether two day ranges (YYYY-MM-DD, inclusive) share a day. */
export const datesOverlap = (
  a: Pick<ScheduledActivity, 'startDate' | 'endDate'>,
  b: Pick<ScheduledActivity, 'startDate' | 'endDate'>,
) => a.startDate <= b.endDate && b.startDate <= a.endDate;

export function overlapsOf(activity: ScheduledActivity, others: readonly ScheduledActivity[]): Overlap[] {
  if (activity.kind !== 'event') return [];
  return others.flatMap((other) => {
    if (other.code === activity.code || other.kind !== 'event' || other.unit === activity.unit) return [];
    if (other.region !== activity.region || !datesOverlap(activity, other)) return [];
    const themes = activity.themes.filter((t) => other.themes.includes(t));
    return themes.length === 0 ? [] : [{ code: other.code, unit: other.unit, themes }];
  });
}
