// Action items of a quarterly review: opened in a quarter, carried to every later quarter's review until
// closed (closing records the quarter). Planners and reviewers of the priority keep them; an approved
// quarter's items are approved with it and change only in a later quarter's review.
import { roleAllows } from '@rbm/shared';
import type { CreateActionItemBody, ReviewActionItem, UpdateActionItemBody } from '@rbm/shared/schemas';
import { ACTION_ITEM_STATUSES } from '@rbm/shared/schemas';
import { AppError, conflict, locked, notFound, unprocessable } from '../../errors.ts';
import type { Actor } from '../../lib/actor.ts';
import { asEnum } from '../../lib/enums.ts';
import type { ServiceContext, WriteServiceContext } from '../../lib/service-context.ts';
import { auditedWrite } from '../audit/audit.service.ts';
import type { ReviewScope } from '../review-scope/review-scope.service.ts';
import * as repo from './action-items.repository.ts';
import { findReview } from './reviews.repository.ts';

export function toActionItem(row: repo.ActionItemRow, period: string): ReviewActionItem {
  return {
    id: row.id,
    description: row.description,
    owner: row.owner,
    dueDate: row.dueDate,
    status: asEnum(ACTION_ITEM_STATUSES, row.status, 'review_action_item.status'),
    openedPeriod: row.openedPeriod,
    closedPeriod: row.closedPeriod,
    carriedOver: row.openedPeriod < period,
    updatedAt: row.updatedAt,
  };
}

/** Planners (who enter values) and reviewers (who decide) keep the action items; others only read them. */
function requireKeeper(actor: Actor): void {
  if (!roleAllows(actor.role, 'values:write') && !roleAllows(actor.role, 'reviews:decide')) {
    throw new AppError(403, 'forbidden', `Your role (${actor.role}) cannot change action items`);
  }
}

/** A real calendar day (the schema checks the YYYY-MM-DD shape only). */
function checkDueDate(dueDate: string | null | undefined): void {
  if (dueDate === null || dueDate === undefined) return;
  const day = new Date(`${dueDate}T00:00:00Z`);
  if (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== dueDate) {
    const message = `${dueDate} is not a date`;
    throw unprocessable('date_invalid', message, [{ field: 'body.dueDate', message, code: 'date_invalid' }]);
  }
}

async function requireUnlocked(ctx: ServiceContext, scope: ReviewScope): Promise<void> {
  const review = await findReview(ctx.db, scope.priority.id, scope.period);
  if (review?.status === 'approved') {
    throw locked('review_locked', `${scope.period} is approved; its action items change in a later quarter`);
  }
}

export async function createActionItem(
  ctx: WriteServiceContext,
  input: { scope: ReviewScope; body: CreateActionItemBody },
): Promise<ReviewActionItem> {
  const { scope, body } = input;
  requireKeeper(ctx.actor);
  checkDueDate(body.dueDate);
  const stamp = ctx.now.toISOString();
  return auditedWrite(ctx.db, ctx, async (tx, audit) => {
    await requireUnlocked({ ...ctx, db: tx }, scope);
    const item = {
      priorityId: scope.priority.id,
      openedPeriod: scope.period,
      description: body.description.trim(),
      owner: body.owner.trim(),
      dueDate: body.dueDate ?? null,
      updatedAt: stamp,
    };
    const id = await repo.insertActionItem(tx, item);
    const created = { ...item, id, status: 'open', closedPeriod: null };
    await audit({
      action: 'create',
      entity: 'review_action_item',
      entityId: id,
      after: { priority: scope.priority.code, ...created },
    });
    return toActionItem(created, scope.period);
  });
}

export async function updateActionItem(
  ctx: WriteServiceContext,
  input: { scope: ReviewScope; id: number; body: UpdateActionItemBody },
): Promise<ReviewActionItem> {
  const { scope, id, body } = input;
  requireKeeper(ctx.actor);
  checkDueDate(body.dueDate);
  const stamp = ctx.now.toISOString();
  return auditedWrite(ctx.db, ctx, async (tx, audit) => {
    const item = await repo.findActionItem(tx, id);
    const shown =
      item !== undefined &&
      item.priorityId === scope.priority.id &&
      item.openedPeriod <= scope.period &&
      (item.closedPeriod === null || item.closedPeriod >= scope.period);
    if (!shown) throw notFound(`Action item of ${scope.priority.code} in ${scope.period}`, id);
    await requireUnlocked({ ...ctx, db: tx }, scope);
    const changes: Parameters<typeof repo.updateActionItem>[3] = {};
    if (body.description !== undefined) changes.description = body.description.trim();
    if (body.owner !== undefined) changes.owner = body.owner.trim();
    if (body.dueDate !== undefined) changes.dueDate = body.dueDate;
    if (body.status !== undefined && body.status !== item.status) {
      changes.status = body.status;
      // Closing records the quarter it was closed in; reopening forgets it.
      changes.closedPeriod = body.status === 'closed' ? scope.period : null;
    }
    const fields = Object.keys(changes) as Array<keyof typeof changes>;
    const changed = fields.filter((f) => changes[f] !== item[f as keyof typeof item]);
    if (changed.length === 0) return toActionItem(item, scope.period);
    if (!(await repo.updateActionItem(tx, id, item.updatedAt, { ...changes, updatedAt: stamp }))) {
      throw conflict('action_item_changed', 'The action item changed meanwhile; reload and try again');
    }
    const pick = (source: Record<string, unknown>) => Object.fromEntries(changed.map((f) => [f, source[f]]));
    await audit({
      action: body.status === 'closed' && item.status !== 'closed' ? 'close' : 'update',
      entity: 'review_action_item',
      entityId: id,
      before: { priority: scope.priority.code, period: scope.period, ...pick(item) },
      after: { priority: scope.priority.code, period: scope.period, ...pick(changes) },
    });
    return toActionItem({ ...item, ...changes, updatedAt: stamp } as repo.ActionItemRow, scope.period);
  });
}
