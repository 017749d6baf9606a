// What a notice says and where it leads: the text keys of its kind, their values in the reader's
// language, and the page of the quarter it is about.
import type { Notification } from '@rbm/shared/schemas';

export interface NoticeView {
  titleKey: string;
  bodyKey: string;
  values: Record<string, string | number>;
  /** The page the notice leads to. */
  path: string;
}

/** A due day (YYYY-MM-DD, UTC) as the reader's language writes a date. */
export function formatDay(day: string, language: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** The quarter's page: the entry grid for the planner's notices, the review for the reviewer's and approvals. */
export function noticePath(notice: Notification): string {
  const { plan, priority, period } = notice;
  if (priority === null || period === null)
    return notice.kind === 'weekly_digest' ? `/plans/${plan}/entry` : `/plans/${plan}`;
  const page = notice.kind === 'review_waiting' || notice.kind === 'review_approved' ? 'reviews' : 'entry';
  return `/plans/${plan}/${page}/${encodeURIComponent(priority.code)}/${period}`;
}

/** Codes and periods keep their own order inside right-to-left text ("2026-Q3", not "Q3-2026"). */
const RTL = new Set(['ar']);
const isolate = (text: string, language: string) =>
  RTL.has(language) && text !== '' ? `\u2068${text}\u2069` : text;

export function noticeView(notice: Notification, language: string): NoticeView {
  const key = `notifications.kind.${notice.kind}`;
  return {
    titleKey: `${key}.title`,
    bodyKey: `${key}.body`,
    values: {
      priority: isolate(notice.priority?.code ?? '', language),
      period: isolate(notice.period ?? '', language),
      date: notice.dueDate ? formatDay(notice.dueDate, language) : '',
      kpis: isolate((notice.returnedKpis ?? []).join(', '), language),
      overdue: notice.digest?.overdue ?? 0,
      waiting: notice.digest?.waiting ?? 0,
      unread: notice.digest?.unread ?? 0,
    },
    path: noticePath(notice),
  };
}
