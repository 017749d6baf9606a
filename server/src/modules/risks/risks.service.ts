// Changing the risk register: create and edit a risk (a focal point of its owner Sector, or an admin),
// assess it for a quarter (a draft) and confirm that assessment (a reviewer of the Sector). Every write is
// checked, scoped and audited in one transaction.
import { addQuarters, compareQuarters, lastCompleteQuarter, parsePeriod } from '@rbm/shared/rbm';
import type {
  AssessRiskBody,
  CreateRiskBody,
  RiskBody,
  RiskDetail,
  UpdateRiskBody,
} from '@rbm/shared/schemas';
import type { Db } from '../../db/connection.ts';
import type { PlanRow } from '../../db/schema.ts';
import { conflict, notFound, unprocessable, type FieldError } from '../../errors.ts';
import type { WriteServiceContext } from '../../lib/service-context.ts';
import { auditedWrite } from '../audit/audit.service.ts';
import { resolvePlan } from '../figures/plan-period.ts';
import { findPlanItems, findSector } from '../plans/plans.service.ts';
import { requireUnitAccess, type UnitAccess } from '../review-scope/unit-access.service.ts';
import { getRisk, requireRisk } from './risk-register.service.ts';
import * as repo from './risks.repository.ts';

/** 403 unless the item's unit is in the actor's scope for `need`. */
const requireAccess = (
  ctx: WriteServiceContext,
  planId: number,
  sectorId: number,
  need: keyof UnitAccess,
  what: string,
) => requireUnitAccess(ctx, { planId, sectorId }, need, `${what}: the risk's owner unit`);

const realDate = (text: string) => new Date(`${text}T00:00:00Z`).toISOString().slice(0, 10) === text;

/** The owner Sector and the links' ids, or a 422 naming every code the plan does not have. */
async function resolveBody(db: Db, plan: PlanRow, body: RiskBody) {
  const errors: FieldError[] = [];
  const sector = await findSector({ db }, body.sector);
  if (!sector) {
    errors.push({ field: 'body.sector', code: 'unknown_sector', message: `No owner unit "${body.sector}"` });
  }
  const targets = await findPlanItems({ db }, { planId: plan.id, codes: body });
  const lists = [
    ['priorities', 'thematic priority', targets.priorities],
    ['outcomes', 'outcome', targets.outcomes],
    ['kpis', 'KPI', targets.kpis],
  ] as const;
  for (const [field, what, found] of lists) {
    body[field].forEach((code, i) => {
      if (!found.some((f) => f.code === code)) {
        const message = `No ${what} "${code}" in ${plan.code}`;
        errors.push({ field: `body.${field}.${i}`, code: 'unknown_link', message });
      }
    });
  }
  body.actions.forEach((action, i) => {
    if (action.dueDate !== null && !realDate(action.dueDate)) {
      const message = `${action.dueDate} is not a day of the calendar`;
      errors.push({ field: `body.actions.${i}.dueDate`, code: 'invalid_date', message });
    }
  });
  if (errors.length > 0 || !sector) {
    throw unprocessable('risk_invalid', errors.map((e) => e.message).join('; '), errors);
  }
  const fields: repo.RiskFields = {
    code: body.code,
    title: body.title,
    description: body.description,
    category: body.category,
    sectorId: sector.id,
    focalPoint: body.focalPoint,
    treatment: body.treatment,
  };
  const links: repo.LinkIds = {
    priorityIds: targets.priorities.map((p) => p.id),
    outcomeIds: targets.outcomes.map((o) => o.id),
    kpiIds: targets.kpis.map((k) => k.id),
  };
  return { fields, links };
}

/** What the audit log keeps of a risk: its body as sent (codes, not ids). */
const auditedBody = (body: RiskBody) => ({ ...body });

async function refuseTakenCode(db: Db, planId: number, code: string, ownId: number | null) {
  const taken = await repo.findRiskIdByCode(db, planId, code);
  if (taken && taken.id !== ownId) {
    throw conflict('risk_code_taken', `The plan already has a risk ${code}; choose another code`);
  }
}

export async function createRisk(ctx: WriteServiceContext, input: CreateRiskBody): Promise<RiskDetail> {
  const { plan: planCode, ...body } = input;
  const plan = await resolvePlan(ctx, { plan: planCode });
  const { fields, links } = await resolveBody(ctx.db, plan, body);
  await requireAccess(ctx, plan.id, fields.sectorId, 'edit', `Adding risk ${body.code}`);
  const id = await auditedWrite(ctx.db, ctx, async (tx, audit) => {
    await refuseTakenCode(tx, plan.id, body.code, null);
    const riskId = await repo.insertRisk(tx, plan.id, fields, ctx.now.toISOString());
    await repo.replaceLinks(tx, riskId, links);
    await repo.replaceActions(tx, riskId, body.actions);
    await audit({ action: 'create', entity: 'risk', entityId: riskId, after: auditedBody(body) });
    return riskId;
  });
  return getRisk(ctx, { id });
}

export async function updateRisk(
  ctx: WriteServiceContext,
  input: { id: number; body: UpdateRiskBody },
): Promise<RiskDetail> {
  const { version, ...body } = input.body;
  const row = await requireRisk(ctx, input.id);
  const plan = await resolvePlan(ctx, { plan: row.planCode });
  await requireAccess(ctx, plan.id, row.sectorId, 'edit', `Changing risk ${row.code}`);
  const { fields, links } = await resolveBody(ctx.db, plan, body);
  await requireAccess(ctx, plan.id, fields.sectorId, 'edit', `Moving risk ${row.code} to ${body.sector}`);
  await auditedWrite(ctx.db, ctx, async (tx, audit) => {
    const before = await getRisk({ ...ctx, db: tx }, { id: row.id });
    await refuseTakenCode(tx, plan.id, body.code, row.id);
    if (!(await repo.updateRisk(tx, row.id, version, fields, ctx.now.toISOString()))) {
      throw conflict(
        'version_conflict',
        `Someone changed risk ${row.code} since you loaded it (your version ${version}, now ${before.version})`,
      );
    }
    await repo.replaceLinks(tx, row.id, links);
    await repo.replaceActions(tx, row.id, body.actions);
    const {
      id: _id,
      version: _v,
      latest: _l,
      assessments: _a,
      canEdit: _e,
      canConfirm: _c,
      ...kept
    } = before;
    await audit({
      action: 'update',
      entity: 'risk',
      entityId: row.id,
      before: kept,
      after: auditedBody(body),
    });
  });
  return getRisk(ctx, { id: row.id });
}

/** A quarter of the plan, up to the quarter under way: risks are assessed looking ahead, not for later. */
function checkPeriod(plan: PlanRow, period: string, now: Date): void {
  const year = parsePeriod(period)?.year ?? Number.NaN;
  const current = addQuarters(lastCompleteQuarter(now), 1);
  if (year >= plan.startYear && year <= plan.endYear && compareQuarters(period, current) <= 0) return;
  const message = `${period} is not a quarter to assess: choose one of ${plan.startYear}-Q1 to ${current} in ${plan.code}`;
  throw unprocessable('period_not_assessable', message, [
    { field: 'params.period', code: 'period_not_assessable', message },
  ]);
}

const assessmentFacts = (a: { period: string; state: string } & repo.AssessmentFields) => ({
  period: a.period,
  state: a.state,
  inherent: { likelihood: a.inherentLikelihood, impact: a.inherentImpact },
  residual: { likelihood: a.residualLikelihood, impact: a.residualImpact },
  note: a.note,
});

export async function assessRisk(
  ctx: WriteServiceContext,
  input: { id: number; period: string; body: AssessRiskBody },
): Promise<RiskDetail> {
  const { id, period, body } = input;
  const row = await requireRisk(ctx, id);
  const plan = await resolvePlan(ctx, { plan: row.planCode });
  await requireAccess(ctx, plan.id, row.sectorId, 'edit', `Assessing risk ${row.code}`);
  checkPeriod(plan, period, ctx.now);
  const fields: repo.AssessmentFields = {
    inherentLikelihood: body.inherent.likelihood,
    inherentImpact: body.inherent.impact,
    residualLikelihood: body.residual.likelihood,
    residualImpact: body.residual.impact,
    note: body.note,
    assessedBy: ctx.actor.userId,
    assessedAt: ctx.now.toISOString(),
  };
  await auditedWrite(ctx.db, ctx, async (tx, audit) => {
    const before = await repo.findAssessment(tx, row.id, period);
    if (!(await repo.saveDraftAssessment(tx, row.id, period, fields))) {
      throw conflict(
        'assessment_confirmed',
        `The ${period} assessment of ${row.code} is confirmed and published; it can no longer change`,
      );
    }
    await audit({
      action: before ? 'update' : 'create',
      entity: 'risk_assessment',
      entityId: `${row.id}/${period}`,
      before: before ? assessmentFacts(before) : undefined,
      after: assessmentFacts({ period, state: 'draft', ...fields }),
    });
  });
  return getRisk(ctx, { id: row.id });
}

export async function confirmRiskAssessment(
  ctx: WriteServiceContext,
  input: { id: number; period: string },
): Promise<RiskDetail> {
  const row = await requireRisk(ctx, input.id);
  await requireAccess(ctx, row.planId, row.sectorId, 'confirm', `Confirming risk ${row.code}`);
  await auditedWrite(ctx.db, ctx, async (tx, audit) => {
    const assessment = await repo.findAssessment(tx, row.id, input.period);
    if (!assessment) throw notFound(`Assessment of risk ${row.code} for`, input.period);
    const stamp = ctx.now.toISOString();
    if (!(await repo.confirmAssessment(tx, assessment.id, ctx.actor.userId, stamp))) {
      throw conflict(
        'assessment_confirmed',
        `The ${input.period} assessment of ${row.code} is already confirmed`,
      );
    }
    await audit({
      action: 'confirm',
      entity: 'risk_assessment',
      entityId: `${row.id}/${input.period}`,
      // the values the reviewer confirmed, not only the state: the record shows what was published
      before: assessmentFacts(assessment),
      after: assessmentFacts({ ...assessment, state: 'confirmed' }),
    });
  });
  return getRisk(ctx, { id: row.id });
}
