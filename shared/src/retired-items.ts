// The one rule for retired framework items (goals, targets, priorities, outcomes, outputs, enablers, themes,
// units, regions): an item retired at time T belongs to the framework of every moment before T and to none
// from T on. A screen reads the framework at a moment: the current screens (framework page, overview,
// explorer, entry, reviews, comparison, theme matrix, pickers) at "now", so a retired item is gone from them;
// the annual report of a year at the end of that year when the year is over (frameworkMomentOfYear), so a
// report of a year that ended before T shows the item as it was. Histories and the audit log read every item.

/** Whether an item with this retirement time is part of the framework at `at`. */
export function inFrameworkAt(item: { retiredAt: string | null }, at: Date): boolean {
  if (item.retiredAt === null) return true;
  const retired = Date.parse(item.retiredAt);
  return Number.isNaN(retired) || retired > at.getTime();
}

/** The items of a list that are part of the framework at `at`, in their order. */
export function inFramework<T extends { retiredAt: string | null }>(items: readonly T[], at: Date): T[] {
  return items.filter((item) => inFrameworkAt(item, at));
}

/**
 * The moment a report of `year` reads the framework at: the last instant of the year once it is over, else
 * now (the year under way is reported with the current framework).
 */
export function frameworkMomentOfYear(year: number, now: Date): Date {
  const endOfYear = new Date(Date.UTC(year + 1, 0, 1) - 1);
  return endOfYear.getTime() < now.getTime() ? endOfYear : now;
}
