// The reminder sweep: for each active plan, the last complete quarter's planners are reminded a set
// number of days before its due day and once it has passed, while it is not submitted; readers of the
// weekly digest get one per ISO week. Every notice has its event key, so running the sweep again (a
// timer, a restart, a second server process) records nothing twice. It reads the review queue
// (reviews.list) so a reminder agrees with what the planner's list shows.
import { roleAllows, type Role } from '@rbm/shared';
import { isOnTime, lastCompleteQuarter, parsePeriod, reportingDueDate } from '@rbm/shared/rbm';
import type { ReviewStatus } from '@rbm/shared';
import type { ReviewSummary } from '@rbm/shared/schemas';
import type { Db } from '../../db/connection.ts';
import type { PlanRow } from '../../db/schema.ts';
import { actorOf } from '../auth/auth.service.ts';
import { toRbmPlan, type MeasurementStore } from '../figures/figures.service.ts';
import { listReviews } from '../reviews/reviews.list.ts';
import { noticesFor, recordQuarterEvent } from './notifications.events.ts';
import * as repo from './notifications.repository.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
const PAGE = 500;

export interface SweepDeps {
  db: Db;
  measurements: MeasurementStore;
  now: Date;
  reminderDaysBefore: number;
}

export interface SweepResult {
  reminders: number;
  digests: number;
}

/** `2026-W48`: the ISO week of a date (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeek(date: Date): string {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / DAY_MS + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** Every quarter of the plan in the statuses asked, across pages, as the review queue lists them. */
async function quarters(
  deps: SweepDeps,
  plan: PlanRow,
  status: ReviewStatus[],
  scope: ReadonlySet<number> | null,
  period?: string,
): Promise<ReviewSummary[]> {
  const items: ReviewSummary[] = [];
  for (let page = 1; ; page++) {
    const list = await listReviews(
      { ...deps, language: 'en' },
      {
        query: { plan: plan.code, status, page, pageSize: PAGE, ...(period ? { period } : {}) },
        priorityIds: scope,
      },
    );
    items.push(...list.items);
    if (items.length >= list.total || list.items.length === 0) return items;
  }
}

/** Reminders of the last complete quarter of one plan: before its due day, or after it. */
async function remindPlan(deps: SweepDeps, plan: PlanRow): Promise<number> {
  const period = lastCompleteQuarter(deps.now);
  const year = parsePeriod(period)?.year ?? 0;
  if (year < plan.startYear || year > plan.endYear) return 0;
  const due = reportingDueDate(toRbmPlan(plan), period);
  const passed = !isOnTime(deps.now, due);
  const soon = deps.now.getTime() >= due.getTime() - deps.reminderDaysBefore * DAY_MS;
  if (!passed && !soon) return 0;
  const dueDate = due.toISOString().slice(0, 10);
  const late = await quarters(deps, plan, ['open', 'returned'], null, period);
  const priorities = await repo.findPlanPriorities(deps.db, plan.id);
  let added = 0;
  for (const quarter of late) {
    const priority = priorities.find((p) => p.code === quarter.priority.code);
    if (!priority || quarter.kpiCounts.due === 0) continue;
    added += await recordQuarterEvent(
      deps.db,
      {
        kind: passed ? 'deadline_passed' : 'deadline_soon',
        plan: plan.code,
        priority,
        period,
        occasion: `${period}@${dueDate}`,
        to: 'planner',
        params: { dueDate },
      },
      deps.now,
    );
  }
  return added;
}

/** One reader's weekly digest of a plan: overdue quarters, quarters waiting for them, unread notices. */
async function digestOf(deps: SweepDeps, plan: PlanRow, user: repo.RecipientRow): Promise<number> {
  const [row] = await repo.findUserRows(deps.db, [user.id]);
  if (!row) return 0;
  const actor = await actorOf(deps.db, row, 'system');
  const role = actor.role as Role;
  const today = deps.now.toISOString().slice(0, 10);
  const overdue = roleAllows(role, 'values:write')
    ? (await quarters(deps, plan, ['open', 'returned'], actor.priorityIds)).filter(
        (q) => q.kpiCounts.due > 0 && q.dueDate < today,
      ).length
    : 0;
  const waiting = roleAllows(role, 'reviews:decide')
    ? (await quarters(deps, plan, ['submitted'], actor.priorityIds)).length
    : 0;
  const unread = await repo.countInbox(deps.db, user.id, true);
  const notices = await noticesFor(
    deps.db,
    [user],
    {
      kind: 'weekly_digest',
      plan: plan.code,
      subject: plan.code,
      priorityId: null,
      period: null,
      occasion: isoWeek(deps.now),
      params: { digest: { overdue, waiting, unread } },
    },
    deps.now,
  );
  return repo.insertNotices(deps.db, notices);
}

/** Records every reminder and digest due at `deps.now` that is not recorded yet. */
export async function sweepNotices(deps: SweepDeps): Promise<SweepResult> {
  const plans = await repo.findActivePlans(deps.db);
  let reminders = 0;
  let digests = 0;
  for (const plan of plans) reminders += await remindPlan(deps, plan);
  // The digest is of the current plan: the latest active one.
  const current = [...plans].sort((a, b) => b.startYear - a.startYear)[0];
  if (current) {
    for (const reader of await repo.findDigestReaders(deps.db)) {
      digests += await digestOf(deps, current, reader);
    }
  }
  return { reminders, digests };
}
