// Recording notices about one priority's quarter: who is told (planners or reviewers in whose scope the
// priority lies), in the inbox and/or by e-mail as each chose. The event key makes a second recording of
// the same event (a rerun, another server process) a no-op. Called inside the transaction of the change
// it reports, so a decision and its notices are written together or not at all.
import type { NotificationKind } from '@rbm/shared/schemas';
import type { Db } from '../../db/connection.ts';
import { choiceOf, type NoticeParams } from './notifications.kinds.ts';
import * as repo from './notifications.repository.ts';

export interface QuarterEvent {
  kind: NotificationKind;
  plan: string;
  priority: { id: number; code: string };
  period: string;
  /** What makes this event one of a kind for the quarter: the period, or the review's version. */
  occasion: string;
  to: 'planner' | 'reviewer';
  params: NoticeParams;
}

/** One event as recorded: its key (kind, subject, occasion) and what the notice shows. */
export interface NoticeEvent {
  kind: NotificationKind;
  subject: string;
  occasion: string;
  plan: string;
  priorityId: number | null;
  period: string | null;
  params: NoticeParams;
}

/** The notice rows for some recipients, each as they chose; none for one who wants neither. */
export async function noticesFor(
  db: Db,
  recipients: readonly repo.RecipientRow[],
  event: NoticeEvent,
  now: Date,
): Promise<repo.NewNotice[]> {
  const preferences = await repo.findPreferences(
    db,
    recipients.map((r) => r.id),
  );
  const notices: repo.NewNotice[] = [];
  for (const user of recipients) {
    const choice = choiceOf(preferences, user.id, event.kind);
    const email = choice.email && user.email !== null && user.email.trim() !== '';
    if (!choice.inbox && !email) continue;
    notices.push({
      userId: user.id,
      kind: event.kind,
      subject: event.subject,
      occasion: event.occasion,
      planCode: event.plan,
      priorityId: event.priorityId,
      period: event.period,
      paramsJson: JSON.stringify(event.params),
      createdAt: now.toISOString(),
      inInbox: choice.inbox ? 1 : 0,
      readAt: null,
      mailState: email ? 'pending' : 'none',
      mailAt: null,
    });
  }
  return notices;
}

/** Tells the planners or reviewers of the priority; returns how many notices are new. */
export async function recordQuarterEvent(db: Db, event: QuarterEvent, now: Date): Promise<number> {
  const recipients = await repo.findUsersInScopeOf(db, event.priority.id, event.to);
  const notices = await noticesFor(
    db,
    recipients,
    {
      kind: event.kind,
      subject: `${event.plan}/${event.priority.code}`,
      occasion: event.occasion,
      plan: event.plan,
      priorityId: event.priority.id,
      period: event.period,
      params: event.params,
    },
    now,
  );
  return repo.insertNotices(db, notices);
}

export interface ReviewChange {
  action: 'submit' | 'approve' | 'return' | 'decide' | 'reopen';
  plan: string;
  priority: { id: number; code: string };
  period: string;
  /** The review's version after the change: each decision on the quarter is its own event. */
  version: number;
  /** KPIs sent back to the planner by this change. */
  returnedKpis: readonly string[];
}

/**
 * A review changed: a submission waits for the reviewers; a decision tells the planners whether the
 * quarter was returned (with the KPIs sent back) or approved. Reopening tells nobody (an admin's act,
 * which the planners meet as drafts).
 */
export async function recordReviewChange(db: Db, change: ReviewChange, now: Date): Promise<number> {
  if (change.action === 'reopen') return 0;
  const base = {
    plan: change.plan,
    priority: change.priority,
    period: change.period,
    occasion: `${change.period}#${change.version}`,
  };
  if (change.action === 'submit') {
    return recordQuarterEvent(db, { ...base, kind: 'review_waiting', to: 'reviewer', params: {} }, now);
  }
  const returned = change.returnedKpis.length > 0;
  return recordQuarterEvent(
    db,
    {
      ...base,
      kind: returned ? 'review_returned' : 'review_approved',
      to: 'planner',
      params: returned ? { returnedKpis: [...change.returnedKpis] } : {},
    },
    now,
  );
}
