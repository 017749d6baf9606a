// The plan lifecycle (issue 14): draft -> active -> closed. "New plan from this one" drafts a successor
// through the framework importer's own writer (export, rewrite, apply: one path for every framework write),
// then links each copied KPI to the KPI it continues. Activation needs the whole checklist; closing keeps
// at least one plan active, since every "which plan?" without a code answers with the active plan.
import type { Language } from '@rbm/shared';
import type { Plan, PlanChecklist, PlanSuccessorBody, PlanSuccessorResult } from '@rbm/shared/schemas';
import { AppError, conflict, unprocessable } from '../../errors.ts';
import type { WriteServiceContext } from '../../lib/service-context.ts';
import { auditedWrite } from '../audit/audit.service.ts';
import { applyFramework } from '../frameworks/framework-apply.ts';
import { diffFrameworks } from '../frameworks/framework-diff.ts';
import { exportFrameworkDocument } from '../frameworks/framework-export.service.ts';
import { createLocalizer } from '../translations/localizer.ts';
import { activationChecklist } from './plan-checklist.ts';
import * as repo from './plan-lifecycle.repository.ts';
import { successorDocument } from './plan-successor.ts';
import { findPlan, requirePlan, toPlan } from './plans.service.ts';

export interface PlanWriteContext extends WriteServiceContext {
  language: Language;
}

async function planDto(ctx: PlanWriteContext, code: string): Promise<Plan> {
  const row = await requirePlan(ctx.db, code);
  return toPlan(row, await createLocalizer(ctx.db, ctx.language, ['plan']));
}

function checkYears(source: { code: string; endYear: number }, input: PlanSuccessorBody): void {
  if (input.startYear <= source.endYear) {
    const message = `The new plan must begin after ${source.code} ends (${source.endYear}): start in ${source.endYear + 1} or later`;
    throw unprocessable('years_overlap_source', message, [
      { field: 'body.startYear', code: 'years_overlap_source', message },
    ]);
  }
  if (input.endYear < input.startYear) {
    const message = `The end year (${input.endYear}) is before the start year (${input.startYear})`;
    throw unprocessable('years_reversed', message, [
      { field: 'body.endYear', code: 'years_reversed', message },
    ]);
  }
}

export async function createSuccessor(
  ctx: PlanWriteContext,
  input: PlanSuccessorBody & { plan: string },
): Promise<PlanSuccessorResult> {
  const stamp = ctx.now.toISOString();
  const counts = await auditedWrite(ctx.db, ctx, async (tx, audit) => {
    const source = await requirePlan(tx, input.plan);
    if (await findPlan({ db: tx }, input.code)) {
      throw conflict('plan_code_taken', `A plan with the code "${input.code}" exists: choose another code`);
    }
    checkYears(source, input);
    const sourceDocument = await exportFrameworkDocument({ db: tx, now: ctx.now }, { plan: source.code });
    const document = successorDocument(sourceDocument, input);
    const changes = diffFrameworks(null, document, sourceDocument);
    const id = await applyFramework({ tx, audit, stamp, userId: ctx.actor.userId }, document, changes, null);
    await repo.updatePlanLifecycle(tx, id, { createdFromPlanId: source.id });
    await repo.linkContinuedKpis(tx, id, source.id);
    const counts = {
      goals: document.goals.length,
      targets: document.targets.length,
      priorities: document.priorities.length,
      outcomes: document.outcomes.length,
      outputs: document.outputs.length,
      enablers: document.enablers.length,
      kpis: document.kpis.length,
    };
    await audit({
      action: 'create_successor',
      entity: 'plan',
      entityId: id,
      after: {
        code: input.code,
        from: source.code,
        startYear: input.startYear,
        endYear: input.endYear,
        counts,
      },
    });
    return counts;
  });
  return { plan: await planDto(ctx, input.code), from: input.plan, counts };
}

export async function getActivationChecklist(
  ctx: Pick<WriteServiceContext, 'db'>,
  input: { plan: string },
): Promise<PlanChecklist> {
  const plan = await requirePlan(ctx.db, input.plan);
  return activationChecklist(ctx.db, plan);
}

export async function activatePlan(ctx: PlanWriteContext, input: { plan: string }): Promise<Plan> {
  await auditedWrite(ctx.db, ctx, async (tx, audit) => {
    const plan = await requirePlan(tx, input.plan);
    if (plan.status !== 'draft') {
      throw conflict(
        'plan_not_draft',
        `Plan "${plan.code}" is ${plan.status}: only a draft plan is activated`,
      );
    }
    const checklist = await activationChecklist(tx, plan);
    if (!checklist.ready) {
      const failed = checklist.items.filter((i) => !i.ok);
      throw new AppError(
        422,
        'plan_not_ready',
        `Plan "${plan.code}" cannot be activated yet: ${failed.length} checklist items fail (see the checklist)`,
        failed.map((i) => ({
          field: `checklist.${i.key}`,
          code: i.key,
          message: `${i.count} to fix: ${i.codes.slice(0, 10).join(', ')}`,
        })),
      );
    }
    const activatedAt = ctx.now.toISOString();
    await repo.updatePlanLifecycle(tx, plan.id, { status: 'active', activatedAt });
    await audit({
      action: 'activate',
      entity: 'plan',
      entityId: plan.id,
      before: { status: plan.status },
      after: { status: 'active', activatedAt },
    });
  });
  return planDto(ctx, input.plan);
}

export async function closePlan(ctx: PlanWriteContext, input: { plan: string }): Promise<Plan> {
  await auditedWrite(ctx.db, ctx, async (tx, audit) => {
    const plan = await requirePlan(tx, input.plan);
    if (plan.status !== 'active') {
      throw conflict(
        'plan_not_active',
        `Plan "${plan.code}" is ${plan.status}: only an active plan is closed`,
      );
    }
    if (Number((await repo.countActivePlans(tx)).n) <= 1) {
      throw conflict(
        'last_active_plan',
        `Plan "${plan.code}" is the only active plan: activate its successor before closing it`,
      );
    }
    const closedAt = ctx.now.toISOString();
    await repo.updatePlanLifecycle(tx, plan.id, { status: 'closed', closedAt });
    await audit({
      action: 'close',
      entity: 'plan',
      entityId: plan.id,
      before: { status: plan.status },
      after: { status: 'closed', closedAt },
    });
  });
  return planDto(ctx, input.plan);
}
