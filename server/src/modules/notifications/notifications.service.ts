// The inbox and the choices of what to receive, for the signed-in user only: every query is by their
// id, so another user's notice is simply not found. Marking read and changing choices are audited.
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '@rbm/shared';
import {
  NOTIFICATION_KINDS,
  type MarkAllRead,
  type Notification,
  type NotificationKind,
  type NotificationList,
  type NotificationListQuery,
  type NotificationPreferences,
  type NotificationPreferencesBody,
} from '@rbm/shared/schemas';
import type { Db } from '../../db/connection.ts';
import { AppError, notFound, unprocessable, type FieldError } from '../../errors.ts';
import type { Actor } from '../../lib/actor.ts';
import type { WriteServiceContext } from '../../lib/service-context.ts';
import { auditedWrite } from '../audit/audit.service.ts';
import { createLocalizer, type Localizer } from '../translations/localizer.ts';
import { choicesOf, type NoticeParams } from './notifications.kinds.ts';
import * as repo from './notifications.repository.ts';

/** The user behind a request; every route here is about one's own notices. */
function ownerOf(actor: Actor): number {
  if (actor.userId === null) throw new AppError(401, 'not_signed_in', 'Sign in first');
  return actor.userId;
}

/** What every inbox request knows: who asks, in which language, and whether mail can be sent at all. */
export interface InboxContext extends WriteServiceContext {
  language: Language;
  mailConfigured: boolean;
}

type Names = Map<number, { code: string; name: string }>;

function toNotification(row: repo.NoticeRow, names: Names, t: Localizer): Notification {
  const params = JSON.parse(row.paramsJson) as NoticeParams;
  const priority = row.priorityId === null ? undefined : names.get(row.priorityId);
  return {
    id: row.id,
    kind: (NOTIFICATION_KINDS as readonly string[]).includes(row.kind)
      ? (row.kind as NotificationKind)
      : 'weekly_digest',
    createdAt: row.createdAt,
    read: row.readAt !== null,
    plan: row.planCode,
    priority:
      priority && row.priorityId !== null
        ? { code: priority.code, name: t.text('thematic_priority', row.priorityId, 'name', priority.name) }
        : null,
    period: row.period,
    dueDate: params.dueDate ?? null,
    returnedKpis: params.returnedKpis ?? null,
    digest: params.digest ?? null,
  };
}

async function present(db: Db, rows: repo.NoticeRow[], language: Language): Promise<Notification[]> {
  const ids = [...new Set(rows.flatMap((r) => (r.priorityId === null ? [] : [r.priorityId])))];
  const [priorities, t] = await Promise.all([
    repo.findPriorityNames(db, ids),
    createLocalizer(db, language, ['thematic_priority']),
  ]);
  const names: Names = new Map(priorities.map((p) => [p.id, { code: p.code, name: p.name }]));
  return rows.map((row) => toNotification(row, names, t));
}

export async function listInbox(ctx: InboxContext, query: NotificationListQuery): Promise<NotificationList> {
  const { db } = ctx;
  const userId = ownerOf(ctx.actor);
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 50;
  const unreadOnly = query.unread === true;
  const [rows, total, unread] = await Promise.all([
    repo.findInbox(db, userId, unreadOnly, (page - 1) * pageSize, pageSize),
    repo.countInbox(db, userId, unreadOnly),
    repo.countInbox(db, userId, true),
  ]);
  return { items: await present(db, rows, ctx.language), total, page, pageSize, unread };
}

export async function countUnread(ctx: InboxContext): Promise<{ unread: number }> {
  return { unread: await repo.countInbox(ctx.db, ownerOf(ctx.actor), true) };
}

export async function readNotice(ctx: InboxContext, input: { id: number }): Promise<Notification> {
  const { db, now } = ctx;
  const { id } = input;
  const userId = ownerOf(ctx.actor);
  const row = await auditedWrite(db, ctx, async (tx, audit) => {
    const notice = await repo.findNotice(tx, userId, id);
    if (!notice) throw notFound('Notice', id);
    if (notice.readAt === null) {
      await repo.markRead(tx, userId, [id], now.toISOString());
      await audit({
        action: 'read',
        entity: 'notification',
        entityId: id,
        before: { readAt: null },
        after: { readAt: now.toISOString() },
      });
    }
    return (await repo.findNotice(tx, userId, id)) ?? notice;
  });
  const [notice] = await present(db, [row], ctx.language);
  if (!notice) throw notFound('Notice', id);
  return notice;
}

export async function readAll(ctx: InboxContext): Promise<MarkAllRead> {
  const userId = ownerOf(ctx.actor);
  const marked = await auditedWrite(ctx.db, ctx, async (tx, audit) => {
    const count = await repo.markRead(tx, userId, 'all', ctx.now.toISOString());
    if (count > 0) {
      await audit({ action: 'read_all', entity: 'notification', entityId: userId, after: { marked: count } });
    }
    return count;
  });
  return { marked, unread: await repo.countInbox(ctx.db, userId, true) };
}

export async function getPreferences(ctx: InboxContext): Promise<NotificationPreferences> {
  const { db, mailConfigured } = ctx;
  const userId = ownerOf(ctx.actor);
  const [user, rows] = await Promise.all([repo.findUser(db, userId), repo.findPreferences(db, [userId])]);
  const language = (LANGUAGES as readonly string[]).includes(user?.language ?? '')
    ? (user?.language as Language)
    : DEFAULT_LANGUAGE;
  return { kinds: choicesOf(rows, userId), email: user?.email ?? null, mailConfigured, language };
}

export async function updatePreferences(
  ctx: InboxContext,
  body: NotificationPreferencesBody,
): Promise<NotificationPreferences> {
  const userId = ownerOf(ctx.actor);
  const errors: FieldError[] = [];
  body.kinds.forEach((choice, index) => {
    if (body.kinds.findIndex((c) => c.kind === choice.kind) !== index) {
      const message = `${choice.kind} is named twice`;
      errors.push({ field: `body.kinds.${index}.kind`, message, code: 'kind_named_twice' });
    }
  });
  if (errors.length > 0) throw unprocessable('kind_named_twice', errors[0]?.message ?? '', errors);
  await auditedWrite(ctx.db, ctx, async (tx, audit) => {
    const before = choicesOf(await repo.findPreferences(tx, [userId]), userId);
    const changed = body.kinds.filter((choice) => {
      const was = before.find((b) => b.kind === choice.kind);
      return was?.inbox !== choice.inbox || was.email !== choice.email;
    });
    for (const choice of changed) {
      await repo.savePreference(tx, {
        userId,
        kind: choice.kind,
        inbox: choice.inbox ? 1 : 0,
        email: choice.email ? 1 : 0,
      });
    }
    if (changed.length > 0) {
      await audit({
        action: 'update',
        entity: 'notification_preference',
        entityId: userId,
        before: before.filter((b) => changed.some((c) => c.kind === b.kind)),
        after: changed,
      });
    }
  });
  return getPreferences(ctx);
}
