// What the due list says about a quarter's timing: submitted late (by how many days), overdue (by how
// many days, at the server's "now"), or still in progress (submittable from the day after it ends).
import { daysLate } from '@rbm/shared/rbm';
import type { DueWorkItem } from '@rbm/shared/schemas';

export type DueMark =
  | { kind: 'submittedLate'; days: number }
  | { kind: 'overdue'; days: number }
  | { kind: 'inProgress'; from: string }
  | null;

const day = (date: string) => new Date(`${date.slice(0, 10)}T00:00:00Z`);

export function dueMark(
  item: Pick<DueWorkItem, 'dueDate' | 'submittedAt' | 'submittableFrom'>,
  asOf: string,
): DueMark {
  const now = new Date(asOf);
  if (item.submittedAt !== null) {
    const days = daysLate(day(item.dueDate), new Date(item.submittedAt));
    if (days > 0) return { kind: 'submittedLate', days };
  }
  if (now < day(item.submittableFrom)) return { kind: 'inProgress', from: item.submittableFrom };
  const overdue = daysLate(day(item.dueDate), now);
  return overdue > 0 && item.submittedAt === null ? { kind: 'overdue', days: overdue } : null;
}
