// Authoring the framework's items: list and read them, create one, change one (texts, fields, its goal or
// priority). Each write is one audited transaction (before and after) that raises the data revision and marks
// the KPIs standing on the item changed, so figures and caches refresh.
import {
  TRANSLATED_LANGUAGES,
  type CreateFrameworkItemBody,
  type FrameworkItem,
  type FrameworkItemKind,
  type FrameworkItemList,
  type FrameworkItemTranslationsBody,
  type UpdateFrameworkItemBody,
} from '@rbm/shared/schemas';
import type { Db } from '../../db/connection.ts';
import type { PlanRow } from '../../db/schema.ts';
import { notFound, unprocessable, type FieldError } from '../../errors.ts';
import type { ServiceContext, WriteServiceContext } from '../../lib/service-context.ts';
import { auditedWrite } from '../audit/audit.service.ts';
import { findPlan } from '../plans/plans.service.ts';
import { KINDS } from './framework-item.kinds.ts';
import {
  assertCodeFree,
  assertItemPlanOpen,
  assertVersion,
  checkFieldsApply,
  checkReferences,
  checkRequired,
  optionalText,
  raiseFieldErrors,
  requiredText,
  type ItemFields,
  type Resolved,
} from './framework-item.rules.ts';
import { itemView, itemViews, linkedKpiIds } from './framework-item.view.ts';
import * as repo from './framework-items.repository.ts';
import { refreshKpiOwners } from './kpi-owner.ts';
import { assertCodeChangeable, checkNoCycle, syncSector } from './org-unit.rules.ts';

/** An item authored here is the organisation's own text, not found in a cited source. */
const AUTHORED_SOURCE_STATUS = 'unverified';

async function requirePlan(db: Db, code: string): Promise<PlanRow> {
  const plan = await findPlan({ db }, code);
  if (!plan) {
    throw unprocessable('unknown_plan', `Plan "${code}" does not exist`, [
      { field: 'body.plan', code: 'unknown_plan', message: `body.plan: plan "${code}" does not exist` },
    ]);
  }
  return plan;
}

export async function requireItem(db: Db, kind: FrameworkItemKind, id: number) {
  const found = await itemView(db, kind, id);
  if (!found) throw notFound(KINDS[kind].label, id);
  const planId = found.row.planId;
  return { ...found, plan: planId === null ? null : await repo.findPlanById(db, planId) };
}

export async function listFrameworkItems(
  ctx: ServiceContext,
  input: { plan: string },
): Promise<FrameworkItemList> {
  const plan = await findPlan(ctx, input.plan);
  if (!plan) throw notFound('Plan', input.plan);
  const items: FrameworkItem[] = [];
  for (const kind of Object.keys(KINDS) as FrameworkItemKind[]) {
    items.push(
      ...(await itemViews(
        ctx.db,
        kind,
        await repo.findItems(ctx.db, kind, { planId: plan.id }),
        KINDS[kind].shared ? null : plan.code,
      )),
    );
  }
  return { plan: plan.code, planStatus: plan.status, items };
}

export async function getFrameworkItem(
  ctx: ServiceContext,
  input: { kind: FrameworkItemKind; id: number },
): Promise<FrameworkItem> {
  const { item } = await requireItem(ctx.db, input.kind, input.id);
  if (input.kind !== 'target') return item;
  const revisions = await repo.findTargetRevisions(ctx.db, input.id);
  return { ...item, revisions };
}

/** The table columns of the kind's fields given in a body. */
function fieldColumns(
  body: ItemFields,
  resolved: Resolved,
  kind: FrameworkItemKind,
): Record<string, unknown> {
  const columns: Record<string, unknown> = {};
  if (resolved.parentId !== undefined)
    columns[kind === 'target' ? 'goalId' : kind === 'unit' ? 'parentId' : 'priorityId'] = resolved.parentId;
  if (resolved.sectorId !== undefined) columns.sectorId = resolved.sectorId;
  if (body.unitKind !== undefined) columns.kind = body.unitKind;
  if (body.value !== undefined) columns.value = body.value;
  if (body.unit !== undefined) columns.unit = body.unit.trim();
  if (body.direction !== undefined) columns.direction = body.direction;
  if (body.deadlineYear !== undefined) columns.deadlineYear = body.deadlineYear;
  if (body.baseline !== undefined) {
    columns.baselineValue = body.baseline?.value ?? null;
    columns.baselineYear = body.baseline?.year ?? null;
  }
  if (body.statistic !== undefined) columns.indicator = body.statistic;
  return columns;
}

/**
 * Writes the texts given per language (a blank text removes that translation): a new or changed text is
 * unofficial until an administrator confirms it; a text sent back unchanged keeps its status.
 */
async function writeTranslations(
  tx: Db,
  kind: FrameworkItemKind,
  id: number,
  texts: FrameworkItemTranslationsBody | undefined,
  current: FrameworkItem['translations'],
  stamp: string,
): Promise<void> {
  for (const language of TRANSLATED_LANGUAGES) {
    for (const field of ['name', 'description'] as const) {
      const text = texts?.[language]?.[field]?.trim();
      if (text === undefined || text === (current[language]?.[field] ?? '')) continue;
      const key = { entity: KINDS[kind].entity, entityId: id, field, language };
      if (text === '') await repo.deleteTranslation(tx, key);
      else await repo.upsertTranslation(tx, { ...key, text }, stamp);
    }
  }
}

export async function createFrameworkItem(
  ctx: WriteServiceContext,
  input: { kind: FrameworkItemKind; body: CreateFrameworkItemBody },
): Promise<FrameworkItem> {
  const { kind, body } = input;
  return auditedWrite(ctx.db, ctx, async (tx, audit) => {
    const info = KINDS[kind];
    // a shared kind (unit, region, theme) is every plan's: the plan named is only where the editor stands
    const requested = await requirePlan(tx, body.plan);
    const plan = info.shared ? null : requested;
    assertItemPlanOpen(plan);
    const errors: FieldError[] = [];
    checkFieldsApply(kind, body, errors);
    checkRequired(kind, body, errors);
    const name = requiredText(body.name, 'body.name', errors);
    const resolved = await checkReferences(tx, kind, plan, body, errors);
    raiseFieldErrors(kind, errors);
    await assertCodeFree(tx, kind, plan, body.code, null);

    const parentId = resolved.parentId ?? null;
    const id = await repo.insertItem(tx, info.table, {
      ...(kind === 'outcome' || plan === null ? {} : { planId: plan.id }),
      code: body.code,
      name,
      ...(info.described
        ? {
            description: optionalText(body.description),
            sourceStatus: AUTHORED_SOURCE_STATUS,
            sourceUrl: null,
          }
        : {}),
      ...(info.ordered ? { sortOrder: await repo.nextSortOrder(tx, kind, plan?.id ?? null, parentId) } : {}),
      ...(kind === 'target' ? { value: null, baselineValue: null, baselineYear: null, indicator: null } : {}),
      ...fieldColumns(body, resolved, kind),
    });
    const stamp = ctx.now.toISOString();
    await writeTranslations(tx, kind, id, body.translations, {}, stamp);
    const { item } = await requireItem(tx, kind, id);
    if (item.unitKind !== undefined) await syncSector(tx, { ...item, unitKind: item.unitKind }, null, stamp);
    const { version: _version, kpis: _kpis, ...after } = item;
    await audit({ action: 'create', entity: KINDS[kind].entity, entityId: id, after });
    return item;
  });
}

/** The fields of the view an update compares (the version and links are not the item's content). */
type Content = Omit<FrameworkItem, 'version' | 'kpis' | 'revisions'>;

function changedFields(before: Content, after: Content) {
  const was: Record<string, unknown> = {};
  const now: Record<string, unknown> = {};
  for (const key of Object.keys(after) as Array<keyof Content>) {
    if (JSON.stringify(before[key]) === JSON.stringify(after[key])) continue;
    was[key] = before[key];
    now[key] = after[key];
  }
  return { was, now };
}

function content(item: FrameworkItem): Content {
  const { version: _version, kpis: _kpis, revisions: _revisions, ...rest } = item;
  return rest;
}

/**
 * Changes an item; a new parent moves it (to the end of its new siblings). In an active plan a target's value
 * or deadline changes only with a reason, kept in the target's revision history.
 */
export async function updateFrameworkItem(
  ctx: WriteServiceContext,
  input: { kind: FrameworkItemKind; id: number; body: UpdateFrameworkItemBody },
): Promise<FrameworkItem> {
  const { kind, id, body } = input;
  return auditedWrite(ctx.db, ctx, async (tx, audit) => {
    const { item: current, row, plan } = await requireItem(tx, kind, id);
    assertItemPlanOpen(plan);
    assertVersion(kind, current.code, current.version, body.version);
    const errors: FieldError[] = [];
    checkFieldsApply(kind, body, errors);
    const name = body.name === undefined ? undefined : requiredText(body.name, 'body.name', errors);
    const resolved = await checkReferences(tx, kind, plan, body, errors);
    if (kind === 'unit' && resolved.parentId !== undefined)
      await checkNoCycle(tx, id, resolved.parentId, errors);
    const revises =
      kind === 'target' &&
      plan?.status === 'active' &&
      ((body.value !== undefined && body.value !== row.value) ||
        (body.deadlineYear !== undefined && body.deadlineYear !== row.deadlineYear));
    const reason = optionalText(body.reason);
    if (revises && reason === null) {
      errors.push({
        field: 'body.reason',
        code: 'reason_required',
        message: `body.reason: plan ${plan?.code ?? ''} is active; say why the target's value or deadline changes`,
      });
    }
    raiseFieldErrors(kind, errors);
    if (body.code !== undefined && body.code !== row.code) {
      await assertCodeFree(tx, kind, plan, body.code, id);
      if (kind === 'unit') await assertCodeChangeable(tx, row.code);
    }

    const stamp = ctx.now.toISOString();
    const columns = fieldColumns(body, resolved, kind);
    const moved = resolved.parentId !== undefined && resolved.parentId !== row.parentId;
    if (moved) {
      columns.sortOrder = await repo.nextSortOrder(tx, kind, plan?.id ?? null, resolved.parentId ?? null);
    }
    if (body.code !== undefined) columns.code = body.code;
    if (name !== undefined) columns.name = name;
    if (body.description !== undefined) columns.description = optionalText(body.description);
    await repo.updateItem(tx, kind, id, columns);
    await writeTranslations(tx, kind, id, body.translations, current.translations, stamp);

    const { item: updated, row: updatedRow } = await requireItem(tx, kind, id);
    const { was, now } = changedFields(content(current), content(updated));
    if (Object.keys(now).length === 0) return current;
    if (updated.unitKind !== undefined) {
      await syncSector(tx, { ...updated, unitKind: updated.unitKind }, row.code, stamp);
    }
    if (revises && reason !== null) {
      await repo.insertTargetRevision(tx, {
        targetId: id,
        oldValue: row.value,
        newValue: updatedRow.value,
        oldDeadlineYear: row.deadlineYear ?? 0,
        newDeadlineYear: updatedRow.deadlineYear ?? 0,
        reason,
        revisedBy: ctx.actor.userId,
        revisedAt: stamp,
      });
    }
    const kpiIds = await linkedKpiIds(tx, kind, id);
    if (moved && kind === 'outcome') await refreshKpiOwners(tx, kpiIds, stamp);
    await audit({
      action: moved ? 'move' : 'update',
      entity: KINDS[kind].entity,
      entityId: id,
      before: was,
      after: now,
      reason,
      kpiIds,
    });
    return kind === 'target' ? { ...updated, revisions: await repo.findTargetRevisions(tx, id) } : updated;
  });
}
