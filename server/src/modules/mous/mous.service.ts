// The MoU register: list (filters, expiry warnings, counts by unit and region) and one MoU for every reader;
// record and change a MoU (a focal point of its owner unit: a draft) and confirm it (a reviewer of the unit:
// published). Every write is checked, scoped and audited in one transaction.
import type { CreateMouBody, Mou, MouBody, MouList, MouListQuery, UpdateMouBody } from '@rbm/shared/schemas';
import type { Db } from '../../db/connection.ts';
import type { PlanRow } from '../../db/schema.ts';
import { conflict, notFound, unprocessable, type FieldError } from '../../errors.ts';
import type { WriteServiceContext } from '../../lib/service-context.ts';
import { auditedWrite } from '../audit/audit.service.ts';
import { resolvePlan } from '../figures/plan-period.ts';
import { accessBySector, requireUnitAccess, type UnitAccess } from '../review-scope/unit-access.service.ts';
import * as repo from './mous.repository.ts';
import { publishedCopy, toMous, today } from './mous.view.ts';
import { findSector } from '../plans/plans.service.ts';

const countBy = (items: readonly Mou[], key: (m: Mou) => string) =>
  [...new Set(items.map(key))]
    .sort()
    .map((code) => ({ code, count: items.filter((m) => key(m) === code).length }));

export async function listMous(ctx: WriteServiceContext, input: MouListQuery): Promise<MouList> {
  const plan = await resolvePlan(ctx, input);
  const access = await accessBySector(ctx.db, ctx.actor, plan.id);
  const all = await toMous(ctx.db, await repo.findMous(ctx.db, plan.id), access, ctx.now);
  const items = all.filter(
    (m) =>
      (input.sector === undefined || m.sector.code === input.sector) &&
      (input.region === undefined || m.region === input.region) &&
      (input.type === undefined || m.type === input.type) &&
      (input.status === undefined || m.status === input.status) &&
      (input.expiring === undefined || (m.expiry !== null) === input.expiring),
  );
  return {
    plan: plan.code,
    today: today(ctx.now),
    items,
    counts: {
      byUnit: countBy(items, (m) => m.sector.code),
      byRegion: countBy(items, (m) => m.region ?? 'global'),
      expiring: items.filter((m) => m.expiry === 'expiring').length,
      expired: items.filter((m) => m.expiry === 'expired').length,
    },
  };
}

async function requireMou(ctx: WriteServiceContext, id: number) {
  const row = await repo.findMouById(ctx.db, id);
  if (!row) throw notFound('MoU', id);
  return row;
}

export async function getMou(ctx: WriteServiceContext, input: { id: number }): Promise<Mou> {
  const row = await requireMou(ctx, input.id);
  const [mou] = await toMous(ctx.db, [row], await accessBySector(ctx.db, ctx.actor, row.planId), ctx.now);
  // never confirmed and outside the reader's scope: as if it did not exist
  if (!mou) throw notFound('MoU', input.id);
  return mou;
}

/** 403 unless the item's unit is in the actor's scope for `need`. */
const requireAccess = (
  ctx: WriteServiceContext,
  planId: number,
  sectorId: number,
  need: keyof UnitAccess,
  what: string,
) => requireUnitAccess(ctx, { planId, sectorId }, need, `${what}: the owner unit`);

const realDate = (text: string) => new Date(`${text}T00:00:00Z`).toISOString().slice(0, 10) === text;

/** The unit, region and links' ids, or a 422 naming every bad code, day and amount. */
async function resolveBody(db: Db, plan: PlanRow, body: MouBody) {
  const errors: FieldError[] = [];
  const unit = await findSector({ db }, body.sector);
  if (!unit)
    errors.push({ field: 'body.sector', code: 'unknown_sector', message: `No unit "${body.sector}"` });
  const region = body.region === null ? null : await repo.findRegionByCode(db, body.region);
  if (body.region !== null && !region) {
    errors.push({ field: 'body.region', code: 'unknown_region', message: `No region "${body.region}"` });
  }
  const targets = await repo.findLinkTargets(db, plan.id, body);
  for (const [field, what] of [
    ['priorities', 'thematic priority'],
    ['themes', 'intersectoral theme'],
  ] as const) {
    body[field].forEach((code, i) => {
      if (!targets[field].some((t) => t.code === code)) {
        errors.push({ field: `body.${field}.${i}`, code: 'unknown_link', message: `No ${what} "${code}"` });
      }
    });
  }
  for (const [field, day] of [
    ['body.signedDate', body.signedDate],
    ['body.expiryDate', body.expiryDate],
  ] as const) {
    if (day !== null && !realDate(day)) {
      errors.push({ field, code: 'invalid_date', message: `${day} is not a day of the calendar` });
    }
  }
  if (body.expiryDate !== null && body.expiryDate < body.signedDate) {
    const message = `It expires (${body.expiryDate}) before it was signed (${body.signedDate})`;
    errors.push({ field: 'body.expiryDate', code: 'expiry_before_signature', message });
  }
  if ((body.financialAmount === null) !== (body.currency === null)) {
    const message = 'A financial implication needs both an amount and a currency';
    errors.push({ field: 'body.currency', code: 'amount_without_currency', message });
  }
  if (errors.length > 0 || !unit)
    throw unprocessable('mou_invalid', errors.map((e) => e.message).join('; '), errors);
  const fields: repo.MouFields = {
    code: body.code,
    partner: body.partner,
    type: body.type,
    signedDate: body.signedDate,
    expiryDate: body.expiryDate,
    financialAmount: body.financialAmount,
    currency: body.currency,
    strategicImplications: body.strategicImplications,
    sectorId: unit.id,
    regionId: region?.id ?? null,
    status: body.status,
  };
  const links = {
    priorityIds: targets.priorities.map((p) => p.id),
    themeIds: targets.themes.map((t) => t.id),
  };
  return { fields, links };
}

async function refuseTakenCode(db: Db, planId: number, code: string, ownId: number | null) {
  const taken = await repo.findIdByCode(db, planId, code);
  if (taken && taken.id !== ownId) throw conflict('mou_code_taken', `The plan already has a MoU ${code}`);
}

export async function createMou(ctx: WriteServiceContext, input: CreateMouBody): Promise<Mou> {
  const { plan: planCode, ...body } = input;
  const plan = await resolvePlan(ctx, { plan: planCode });
  const { fields, links } = await resolveBody(ctx.db, plan, body);
  await requireAccess(ctx, plan.id, fields.sectorId, 'edit', `Recording ${body.code}`);
  const id = await auditedWrite(ctx.db, ctx, async (tx, audit) => {
    await refuseTakenCode(tx, plan.id, body.code, null);
    const newId = await repo.insertMou(
      tx,
      plan.id,
      { ...fields, proposedBy: ctx.actor.userId },
      ctx.now.toISOString(),
    );
    await repo.replaceLinks(tx, newId, links);
    await audit({ action: 'create', entity: 'mou', entityId: newId, after: { ...body } });
    return newId;
  });
  return getMou(ctx, { id });
}

export async function updateMou(
  ctx: WriteServiceContext,
  input: { id: number; body: UpdateMouBody },
): Promise<Mou> {
  const { version, ...body } = input.body;
  const row = await requireMou(ctx, input.id);
  await requireAccess(ctx, row.planId, row.sectorId, 'edit', `Changing ${row.code}`);
  const plan = await resolvePlan(ctx, { plan: row.planCode });
  const { fields, links } = await resolveBody(ctx.db, plan, body);
  await requireAccess(ctx, row.planId, fields.sectorId, 'edit', `Moving ${row.code} to ${body.sector}`);
  await auditedWrite(ctx.db, ctx, async (tx, audit) => {
    const before = await getMou({ ...ctx, db: tx }, { id: row.id });
    await refuseTakenCode(tx, row.planId, body.code, row.id);
    if (
      !(await repo.updateMou(
        tx,
        row.id,
        version,
        { ...fields, proposedBy: ctx.actor.userId },
        ctx.now.toISOString(),
      ))
    ) {
      throw conflict(
        'version_conflict',
        `Someone changed ${row.code} since you loaded it (your version ${version}, now ${before.version})`,
      );
    }
    await repo.replaceLinks(tx, row.id, links);
    const { canEdit: _e, canConfirm: _c, version: _v, id: _id, expiry: _x, ...kept } = before;
    await audit({ action: 'update', entity: 'mou', entityId: row.id, before: kept, after: { ...body } });
  });
  return getMou(ctx, { id: row.id });
}

export async function confirmMou(ctx: WriteServiceContext, input: { id: number }): Promise<Mou> {
  const row = await requireMou(ctx, input.id);
  await requireAccess(ctx, row.planId, row.sectorId, 'confirm', `Confirming ${row.code}`);
  await auditedWrite(ctx.db, ctx, async (tx, audit) => {
    if (!(await repo.confirmMou(tx, row.id, ctx.actor.userId, ctx.now.toISOString()))) {
      throw conflict('nothing_to_confirm', `${row.code} has no change awaiting confirmation`);
    }
    const confirmed = await repo.findMouById(tx, row.id);
    if (confirmed) await repo.setPublished(tx, row.id, await publishedCopy(tx, confirmed));
    await audit({
      action: 'confirm',
      entity: 'mou',
      entityId: row.id,
      before: { state: 'draft' },
      after: { state: 'confirmed', status: row.status },
    });
  });
  return getMou(ctx, { id: row.id });
}
