// What each user receives: their choice per kind of notice, or the default. Everything is on by default
// but the weekly digest, which a user asks for.
import { NOTIFICATION_KINDS, type NotificationChoice, type NotificationKind } from '@rbm/shared/schemas';
import type { PreferenceRow } from './notifications.repository.ts';

function defaultChoice(kind: NotificationKind): NotificationChoice {
  const on = kind !== 'weekly_digest';
  return { kind, inbox: on, email: on };
}

/** Every kind's choice for one user, in NOTIFICATION_KINDS order. */
export function choicesOf(rows: readonly PreferenceRow[], userId: number): NotificationChoice[] {
  return NOTIFICATION_KINDS.map((kind) => {
    const row = rows.find((r) => r.userId === userId && r.kind === kind);
    return row ? { kind, inbox: row.inbox === 1, email: row.email === 1 } : defaultChoice(kind);
  });
}

export function choiceOf(
  rows: readonly PreferenceRow[],
  userId: number,
  kind: NotificationKind,
): NotificationChoice {
  return choicesOf(rows, userId).find((c) => c.kind === kind) ?? defaultChoice(kind);
}

/** What a notice stores besides its key: shown in the inbox and written into the e-mail. */
export interface NoticeParams {
  dueDate?: string;
  returnedKpis?: string[];
  digest?: { overdue: number; waiting: number; unread: number };
}
