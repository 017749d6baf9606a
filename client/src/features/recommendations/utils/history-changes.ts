// What each state of a recommendation changed from the one before: the history answers "who, when, what".
import type { RecommendationStatus } from '@rbm/shared/schemas';

export const STATE_FIELDS = ['acceptance', 'implementation', 'targetDate', 'evidence', 'note'] as const;
export type StateField = (typeof STATE_FIELDS)[number];

const same = (a: RecommendationStatus, b: RecommendationStatus, field: StateField) =>
  JSON.stringify(a[field]) === JSON.stringify(b[field]);

/** Each state with the fields it changed (every field set on the first), oldest first. */
export function historyChanges(
  history: readonly RecommendationStatus[],
): { status: RecommendationStatus; changed: StateField[] }[] {
  return history.map((status, i) => {
    const before = history[i - 1];
    const changed = STATE_FIELDS.filter((field) =>
      before === undefined
        ? status[field] !== null && !(Array.isArray(status[field]) && status[field].length === 0)
        : !same(before, status, field),
    );
    return { status, changed };
  });
}
