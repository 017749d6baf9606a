// Changing the compliance dashboard: record and edit a recommendation (a focal point of its responsible
// unit, or an admin), whose changed state (acceptance, implementation, target date, evidence) is proposed
// as a draft, and confirm that state (a reviewer of the unit). Every write is checked, scoped and audited
// in one transaction; the history of states keeps who proposed and who confirmed each, and when.
import type {
  CreateRecommendationBody,
  RecommendationBody,
  RecommendationDetail,
  RecommendationStatusBody,
  UpdateRecommendationBody,
} from '@rbm/shared/schemas';
import type { Db } from '../../db/connection.ts';
import type { PlanRow } from '../../db/schema.ts';
import { conflict, unprocessable, type FieldError } from '../../errors.ts';
import type { WriteServiceContext } from '../../lib/service-context.ts';
import { auditedWrite } from '../audit/audit.service.ts';
import { resolvePlan } from '../figures/plan-period.ts';
import { findPlanItems, findSector } from '../plans/plans.service.ts';
import { requireUnitAccess, type UnitAccess } from '../review-scope/unit-access.service.ts';
import { findRisks } from '../risks/risk-register.service.ts';
import { getRecommendation, requireRecommendation } from './recommendation-register.service.ts';
import * as repo from './recommendations.repository.ts';

/** 403 unless the item's unit is in the actor's scope for `need`. */
const requireAccess = (
  ctx: WriteServiceContext,
  planId: number,
  sectorId: number,
  need: keyof UnitAccess,
  what: string,
) => requireUnitAccess(ctx, { planId, sectorId }, need, `${what}: the responsible unit`);

const realDate = (text: string) => new Date(`${text}T00:00:00Z`).toISOString().slice(0, 10) === text;
const label = (b: { body: string; reportRef: string; number: string }) => `${b.reportRef} #${b.number}`;

/** The unit and the links' ids, or a 422 naming every bad code and impossible day. */
async function resolveBody(db: Db, plan: PlanRow, body: RecommendationBody) {
  const errors: FieldError[] = [];
  const sector = await findSector({ db }, body.sector);
  if (!sector) {
    errors.push({ field: 'body.sector', code: 'unknown_sector', message: `No unit "${body.sector}"` });
  }
  const [items, risks] = await Promise.all([
    findPlanItems({ db }, { planId: plan.id, codes: body }),
    findRisks({ db }, { planId: plan.id, codes: body.risks }),
  ]);
  const targets = { ...items, risks };
  for (const [field, what] of [
    ['priorities', 'thematic priority'],
    ['kpis', 'KPI'],
    ['risks', 'risk'],
  ] as const) {
    body[field].forEach((code, i) => {
      if (!targets[field].some((t) => t.code === code)) {
        const message = `No ${what} "${code}" in ${plan.code}`;
        errors.push({ field: `body.${field}.${i}`, code: 'unknown_link', message });
      }
    });
  }
  for (const [field, day] of [
    ['body.reportDate', body.reportDate],
    ['body.status.targetDate', body.status.targetDate],
  ] as const) {
    if (day !== null && !realDate(day)) {
      errors.push({ field, code: 'invalid_date', message: `${day} is not a day of the calendar` });
    }
  }
  if (errors.length > 0 || !sector) {
    throw unprocessable('recommendation_invalid', errors.map((e) => e.message).join('; '), errors);
  }
  const fields: repo.RecommendationFields = {
    body: body.body,
    reportRef: body.reportRef,
    reportDate: body.reportDate,
    number: body.number,
    text: body.text,
    addressee: body.addressee,
    priority: body.priority,
    sectorId: sector.id,
  };
  const links: repo.LinkIds = {
    priorityIds: targets.priorities.map((p) => p.id),
    kpiIds: targets.kpis.map((k) => k.id),
    riskIds: targets.risks.map((r) => r.id),
  };
  return { fields, links };
}

async function refuseTakenReference(db: Db, planId: number, body: RecommendationBody, ownId: number | null) {
  const taken = await repo.findIdByReference(db, planId, body);
  if (taken && taken.id !== ownId) {
    throw conflict(
      'recommendation_taken',
      `Recommendation ${label(body)} of ${body.body} is already recorded`,
    );
  }
}

const stateFields = (ctx: WriteServiceContext, status: RecommendationStatusBody): repo.StateFields => ({
  acceptance: status.acceptance,
  implementation: status.implementation,
  targetDate: status.targetDate,
  evidence: JSON.stringify(status.evidence),
  note: status.note,
  proposedBy: ctx.actor.userId,
  proposedAt: ctx.now.toISOString(),
});

const sameStatus = (a: RecommendationStatusBody, b: RecommendationStatusBody) =>
  a.acceptance === b.acceptance &&
  a.implementation === b.implementation &&
  a.targetDate === b.targetDate &&
  a.note === b.note &&
  JSON.stringify(a.evidence) === JSON.stringify(b.evidence);

export async function createRecommendation(
  ctx: WriteServiceContext,
  input: CreateRecommendationBody,
): Promise<RecommendationDetail> {
  const { plan: planCode, ...body } = input;
  const plan = await resolvePlan(ctx, { plan: planCode });
  const { fields, links } = await resolveBody(ctx.db, plan, body);
  await requireAccess(ctx, plan.id, fields.sectorId, 'edit', `Recording ${label(body)}`);
  const id = await auditedWrite(ctx.db, ctx, async (tx, audit) => {
    await refuseTakenReference(tx, plan.id, body, null);
    const newId = await repo.insertRecommendation(tx, plan.id, fields, ctx.now.toISOString());
    await repo.replaceLinks(tx, newId, links);
    await repo.saveDraftState(tx, newId, stateFields(ctx, body.status));
    await audit({ action: 'create', entity: 'recommendation', entityId: newId, after: { ...body } });
    return newId;
  });
  return getRecommendation(ctx, { id });
}

export async function updateRecommendation(
  ctx: WriteServiceContext,
  input: { id: number; body: UpdateRecommendationBody },
): Promise<RecommendationDetail> {
  const { version, ...body } = input.body;
  const row = await requireRecommendation(ctx, input.id);
  const plan = await resolvePlan(ctx, { plan: row.planCode });
  await requireAccess(ctx, plan.id, row.sectorId, 'edit', `Changing ${label(row)}`);
  const { fields, links } = await resolveBody(ctx.db, plan, body);
  await requireAccess(ctx, plan.id, fields.sectorId, 'edit', `Moving ${label(row)} to ${body.sector}`);
  await auditedWrite(ctx.db, ctx, async (tx, audit) => {
    const before = await getRecommendation({ ...ctx, db: tx }, { id: row.id });
    await refuseTakenReference(tx, plan.id, body, row.id);
    if (!(await repo.updateRecommendation(tx, row.id, version, fields, ctx.now.toISOString()))) {
      throw conflict(
        'version_conflict',
        `Someone changed ${label(row)} since you loaded it (your version ${version}, now ${before.version})`,
      );
    }
    await repo.replaceLinks(tx, row.id, links);
    // a state equal to the latest one shown is no proposal: only a change becomes a draft
    if (before.status === null || !sameStatus(before.status, body.status)) {
      await repo.saveDraftState(tx, row.id, stateFields(ctx, body.status));
    }
    const { history: _h, canEdit: _e, canConfirm: _c, version: _v, id: _id, ...kept } = before;
    await audit({
      action: 'update',
      entity: 'recommendation',
      entityId: row.id,
      before: kept,
      after: { ...body },
    });
  });
  return getRecommendation(ctx, { id: row.id });
}

export async function confirmRecommendation(
  ctx: WriteServiceContext,
  input: { id: number },
): Promise<RecommendationDetail> {
  const row = await requireRecommendation(ctx, input.id);
  await requireAccess(ctx, row.planId, row.sectorId, 'confirm', `Confirming ${label(row)}`);
  await auditedWrite(ctx.db, ctx, async (tx, audit) => {
    const draft = await repo.findDraftState(tx, row.id);
    if (!draft || !(await repo.confirmState(tx, draft.id, ctx.actor.userId, ctx.now.toISOString()))) {
      throw conflict('nothing_to_confirm', `${label(row)} has no proposed state awaiting confirmation`);
    }
    await audit({
      action: 'confirm',
      entity: 'recommendation_state',
      entityId: `${row.id}/${draft.id}`,
      before: { state: 'draft' },
      after: {
        state: 'confirmed',
        acceptance: draft.acceptance,
        implementation: draft.implementation,
        targetDate: draft.targetDate,
      },
    });
  });
  return getRecommendation(ctx, { id: row.id });
}
