// Changing commitments and actions: record and edit a commitment (a focal point of its owner unit, or an
// admin), propose a quarter's progress note with its status (a draft), and confirm it (a reviewer of the
// unit). Every write is checked, scoped and audited in one transaction; the history keeps who proposed and
// who confirmed each note, and when.
import { addQuarters, compareQuarters, lastCompleteQuarter, parsePeriod } from '@rbm/shared/rbm';
import type {
  CommitmentBody,
  CommitmentDetail,
  CommitmentProgressBody,
  CreateCommitmentBody,
  UpdateCommitmentBody,
} from '@rbm/shared/schemas';
import type { Db } from '../../db/connection.ts';
import type { PlanRow } from '../../db/schema.ts';
import { conflict, unprocessable, type FieldError } from '../../errors.ts';
import type { WriteServiceContext } from '../../lib/service-context.ts';
import { auditedWrite } from '../audit/audit.service.ts';
import { resolvePlan } from '../figures/plan-period.ts';
import { requireUnitAccess, type UnitAccess } from '../review-scope/unit-access.service.ts';
import { getCommitment, requireCommitment } from './commitment-register.service.ts';
import * as repo from './commitments.repository.ts';
import { findSector } from '../plans/plans.service.ts';

/** 403 unless the item's unit is in the actor's scope for `need`. */
const requireAccess = (
  ctx: WriteServiceContext,
  planId: number,
  sectorId: number,
  need: keyof UnitAccess,
  what: string,
) => requireUnitAccess(ctx, { planId, sectorId }, need, `${what}: the owner unit`);

const realDate = (text: string) => new Date(`${text}T00:00:00Z`).toISOString().slice(0, 10) === text;

/** The unit and the links' ids, or a 422 naming every bad code and impossible day. */
export async function resolveCommitmentBody(db: Db, plan: PlanRow, body: CommitmentBody) {
  const errors: FieldError[] = [];
  const unit = await findSector({ db }, body.sector);
  if (!unit)
    errors.push({ field: 'body.sector', code: 'unknown_sector', message: `No unit "${body.sector}"` });
  const targets = await repo.findLinkTargets(db, plan.id, body);
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
  if (body.dueDate !== null && !realDate(body.dueDate)) {
    const message = `${body.dueDate} is not a day of the calendar`;
    errors.push({ field: 'body.dueDate', code: 'invalid_date', message });
  }
  if (errors.length > 0 || !unit) {
    throw unprocessable('commitment_invalid', errors.map((e) => e.message).join('; '), errors);
  }
  const fields: repo.CommitmentFields = {
    code: body.code,
    source: body.source,
    sourceName: body.sourceName,
    sourceYear: body.sourceYear,
    title: JSON.stringify(body.title),
    sectorId: unit.id,
    reach: body.reach,
    horizon: body.horizon,
    pillar: body.pillar,
    dueDate: body.dueDate,
  };
  const links: repo.LinkIds = {
    priorityIds: targets.priorities.map((p) => p.id),
    kpiIds: targets.kpis.map((k) => k.id),
    riskIds: targets.risks.map((r) => r.id),
  };
  return { fields, links };
}

/** A quarter of the plan, up to the quarter under way, and not before the latest confirmed note's quarter. */
function checkPeriod(plan: PlanRow, period: string, now: Date, latestConfirmed: string | null): void {
  const year = parsePeriod(period)?.year ?? Number.NaN;
  const current = addQuarters(lastCompleteQuarter(now), 1);
  const first = latestConfirmed ?? `${plan.startYear}-Q1`;
  if (year >= plan.startYear && year <= plan.endYear && compareQuarters(period, current) <= 0) {
    if (compareQuarters(period, first) >= 0) return;
  }
  const message = `${period} is not a quarter to report on: choose one of ${first} to ${current} in ${plan.code}`;
  throw unprocessable('progress_period_invalid', message, [
    { field: 'body.period', code: 'progress_period_invalid', message },
  ]);
}

async function refuseTakenCode(db: Db, planId: number, code: string, ownId: number | null) {
  const taken = await repo.findIdByCode(db, planId, code);
  if (taken && taken.id !== ownId) {
    throw conflict('commitment_code_taken', `The plan already has a commitment ${code}`);
  }
}

const progressFields = (ctx: WriteServiceContext, p: CommitmentProgressBody): repo.ProgressFields => ({
  period: p.period,
  status: p.status,
  note: p.note,
  proposedBy: ctx.actor.userId,
  proposedAt: ctx.now.toISOString(),
});

const latestConfirmedPeriod = (detail: CommitmentDetail) =>
  detail.history.filter((p) => p.state === 'confirmed').at(-1)?.period ?? null;

export async function createCommitment(
  ctx: WriteServiceContext,
  input: CreateCommitmentBody,
): Promise<CommitmentDetail> {
  const { plan: planCode, progress, ...body } = input;
  const plan = await resolvePlan(ctx, { plan: planCode });
  const { fields, links } = await resolveCommitmentBody(ctx.db, plan, body);
  await requireAccess(ctx, plan.id, fields.sectorId, 'edit', `Recording ${body.code}`);
  checkPeriod(plan, progress.period, ctx.now, null);
  const id = await auditedWrite(ctx.db, ctx, async (tx, audit) => {
    await refuseTakenCode(tx, plan.id, body.code, null);
    const newId = await repo.insertCommitment(tx, plan.id, fields, ctx.now.toISOString());
    await repo.replaceLinks(tx, newId, links);
    await repo.saveDraftProgress(tx, newId, progressFields(ctx, progress));
    await audit({ action: 'create', entity: 'commitment', entityId: newId, after: { ...body, progress } });
    return newId;
  });
  return getCommitment(ctx, { id });
}

export async function updateCommitment(
  ctx: WriteServiceContext,
  input: { id: number; body: UpdateCommitmentBody },
): Promise<CommitmentDetail> {
  const { version, ...body } = input.body;
  const row = await requireCommitment(ctx, input.id);
  const plan = await resolvePlan(ctx, { plan: row.planCode });
  await requireAccess(ctx, plan.id, row.sectorId, 'edit', `Changing ${row.code}`);
  const { fields, links } = await resolveCommitmentBody(ctx.db, plan, body);
  await requireAccess(ctx, plan.id, fields.sectorId, 'edit', `Moving ${row.code} to ${body.sector}`);
  await auditedWrite(ctx.db, ctx, async (tx, audit) => {
    const before = await getCommitment({ ...ctx, db: tx }, { id: row.id });
    await refuseTakenCode(tx, plan.id, body.code, row.id);
    if (!(await repo.updateCommitment(tx, row.id, version, fields, ctx.now.toISOString()))) {
      throw conflict(
        'version_conflict',
        `Someone changed ${row.code} since you loaded it (your version ${version}, now ${before.version})`,
      );
    }
    await repo.replaceLinks(tx, row.id, links);
    const { history: _h, canEdit: _e, canConfirm: _c, version: _v, id: _id, progress: _p, ...kept } = before;
    await audit({
      action: 'update',
      entity: 'commitment',
      entityId: row.id,
      before: kept,
      after: { ...body },
    });
  });
  return getCommitment(ctx, { id: row.id });
}

export async function addCommitmentProgress(
  ctx: WriteServiceContext,
  input: { id: number; body: CommitmentProgressBody },
): Promise<CommitmentDetail> {
  const row = await requireCommitment(ctx, input.id);
  const plan = await resolvePlan(ctx, { plan: row.planCode });
  await requireAccess(ctx, plan.id, row.sectorId, 'edit', `Reporting on ${row.code}`);
  await auditedWrite(ctx.db, ctx, async (tx, audit) => {
    const before = await getCommitment({ ...ctx, db: tx }, { id: row.id });
    checkPeriod(plan, input.body.period, ctx.now, latestConfirmedPeriod(before));
    await repo.saveDraftProgress(tx, row.id, progressFields(ctx, input.body));
    const shown = before.progress;
    await audit({
      action: 'propose',
      entity: 'commitment_progress',
      entityId: row.id,
      before: shown && { period: shown.period, status: shown.status, note: shown.note, state: shown.state },
      after: { ...input.body, state: 'draft' },
    });
  });
  return getCommitment(ctx, { id: row.id });
}

export async function confirmCommitment(
  ctx: WriteServiceContext,
  input: { id: number },
): Promise<CommitmentDetail> {
  const row = await requireCommitment(ctx, input.id);
  await requireAccess(ctx, row.planId, row.sectorId, 'confirm', `Confirming ${row.code}`);
  await auditedWrite(ctx.db, ctx, async (tx, audit) => {
    const draft = await repo.findDraftProgress(tx, row.id);
    if (!draft || !(await repo.confirmProgress(tx, draft.id, ctx.actor.userId, ctx.now.toISOString()))) {
      throw conflict('nothing_to_confirm', `${row.code} has no progress note awaiting confirmation`);
    }
    await audit({
      action: 'confirm',
      entity: 'commitment_progress',
      entityId: `${row.id}/${draft.id}`,
      before: { state: 'draft' },
      after: { state: 'confirmed', period: draft.period, status: draft.status, note: draft.note },
    });
  });
  return getCommitment(ctx, { id: row.id });
}
