// Commitments and actions (issue 15): the management retreat's commitments, the transformation roadmap's
// projects and the foresight exercise's activities, tracked as actions with a status per quarter. Pure: the
// server judges overdue and counts statuses with it, the client charts the counts.

export const COMMITMENT_SOURCES = ['retreat', 'roadmap', 'foresight'] as const;
export type CommitmentSource = (typeof COMMITMENT_SOURCES)[number];

/** Whether the action looks inward (the secretariat) or outward (members, partners). */
export const COMMITMENT_REACHES = ['internal', 'external'] as const;
export const COMMITMENT_HORIZONS = ['short_term', 'medium_term'] as const;
export const COMMITMENT_PILLARS = [
  'thought_leadership',
  'strategic_partnership',
  'organisational_excellence',
] as const;

export const COMMITMENT_STATUSES = ['not_started', 'in_progress', 'completed', 'closed', 'dropped'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

/** A progress note is a draft until a reviewer of the owner unit confirms it. */
export const COMMITMENT_STATES = ['draft', 'confirmed'] as const;

/** Still to act on: neither completed, closed nor dropped. */
export function isCommitmentOpen(status: CommitmentStatus): boolean {
  return status === 'not_started' || status === 'in_progress';
}

/** Open with its due date passed (the day itself is not overdue); no status yet counts as not started. */
export function isCommitmentOverdue(
  c: { status: CommitmentStatus | null; dueDate: string | null },
  today: string,
): boolean {
  return isCommitmentOpen(c.status ?? 'not_started') && c.dueDate !== null && c.dueDate < today;
}

/** How many commitments have each status, every status listed in order (zeros included). */
export function commitmentStatusCounts(
  statuses: readonly (CommitmentStatus | null)[],
): { status: CommitmentStatus; count: number }[] {
  return COMMITMENT_STATUSES.map((status) => ({
    status,
    count: statuses.filter((s) => s === status).length,
  }));
}

/** The quarter a day (YYYY-MM-DD) falls in, e.g. 2026-11-23 -> 2026-Q4: the quarter progress is reported for. */
export function quarterOfDay(day: string): string {
  return `${day.slice(0, 4)}-Q${Math.ceil(Number(day.slice(5, 7)) / 3)}`;
}
