// Writes to the KPI framework: create a KPI with its links and annual targets, change its definition,
// revise one year's target. Each write is one audited transaction; the actor and clock come from the caller.
import { AGGREGATIONS, DIRECTIONS, FREQUENCIES, KPI_UNITS, SOURCE_STATUSES } from '@rbm/shared';
import { DEFAULT_TOLERANCE } from '@rbm/shared/rbm';
import type {
  CreateKpiBody,
  KpiDefinition,
  KpiDefinitionList,
  ReviseTargetBody,
  TargetRevisionResult,
  UpdateKpiBody,
} from '@rbm/shared/schemas';
import type { Db } from '../../db/connection.ts';
import { conflict, notFound, unprocessable, type FieldError } from '../../errors.ts';
import { asEnum } from '../../lib/enums.ts';
import type { ServiceContext, WriteServiceContext } from '../../lib/service-context.ts';
import { auditedWrite } from '../audit/audit.service.ts';
import { findPlan, requirePlan } from '../plans/plans.service.ts';
import {
  assertPlanOpen,
  checkBaseline,
  checkValue,
  checkYear,
  fieldError,
  fieldPath,
  optionalText,
  raiseFieldErrors,
  requiredText,
  resolveCodes,
} from './kpi-definition.rules.ts';
import { changedFields } from './kpi-definition.changes.ts';
import * as repo from './kpi-definitions.repository.ts';

const DEFAULT_WEIGHT = 1;
/** A KPI entered through the API is the organisation's own text, not found in a cited source. */
const CREATED_SOURCE_STATUS = 'unverified';

async function requireKpi(db: Db, id: number): Promise<repo.KpiWithPlan> {
  const kpi = await repo.findKpi(db, id);
  if (!kpi) throw notFound('KPI', id);
  return kpi;
}

function kpiUnit(kpi: repo.KpiWithPlan) {
  return asEnum(KPI_UNITS, kpi.unit, 'kpi.unit');
}

/** The KPI's definition as stored now (read inside the write's transaction when there is one). */
async function loadDefinition(db: Db, kpi: repo.KpiWithPlan): Promise<KpiDefinition> {
  const links = await repo.findKpiLinkCodes(db, kpi.id);
  const annualTargets = await repo.findAnnualTargets(db, kpi.id);
  return {
    id: kpi.id,
    code: kpi.code,
    plan: kpi.planCode,
    name: kpi.name,
    definition: kpi.definition,
    unit: kpiUnit(kpi),
    direction: asEnum(DIRECTIONS, kpi.direction, 'kpi.direction'),
    aggregation: asEnum(AGGREGATIONS, kpi.aggregation, 'kpi.aggregation'),
    frequency: asEnum(FREQUENCIES, kpi.frequency, 'kpi.frequency'),
    baseline:
      kpi.baselineValue === null || kpi.baselinePeriod === null
        ? null
        : { value: kpi.baselineValue, period: kpi.baselinePeriod },
    tolerance: kpi.tolerance,
    weight: kpi.weight,
    dataSource: kpi.dataSource,
    ownerUnit: kpi.ownerUnit,
    byRegion: kpi.byRegion === 1,
    active: kpi.active === 1,
    ownerPriority: kpi.ownerPriorityCode,
    ...links,
    annualTargets,
    createdAt: kpi.createdAt,
    updatedAt: kpi.updatedAt,
    sourceStatus: asEnum(SOURCE_STATUSES, kpi.sourceStatus, 'kpi.source_status'),
    sourceUrl: kpi.sourceUrl,
  };
}

/** Every KPI of a plan as the framework editor shows it (the plan's authors only: the route says so). */
export async function listKpiDefinitions(
  ctx: ServiceContext,
  input: { plan: string },
): Promise<KpiDefinitionList> {
  const plan = await requirePlan(ctx.db, input.plan);
  const items: KpiDefinition[] = [];
  for (const kpi of await repo.findKpisOfPlan(ctx.db, plan.id)) items.push(await loadDefinition(ctx.db, kpi));
  return {
    plan: plan.code,
    planStatus: plan.status,
    startYear: plan.startYear,
    endYear: plan.endYear,
    items,
  };
}

/**
 * Creates a KPI with its outcome, output, target and theme links and its annual targets; each initial target is
 * also recorded as a revision (old value null) so the revision history starts complete.
 */
export async function createKpi(ctx: WriteServiceContext, input: CreateKpiBody): Promise<KpiDefinition> {
  return auditedWrite(ctx.db, ctx, async (tx, audit) => {
    const plan = await findPlan({ db: tx }, input.plan);
    if (!plan) {
      const field = fieldPath('plan');
      throw unprocessable('unknown_plan', `Plan "${input.plan}" does not exist`, [
        fieldError(field, 'unknown_plan', `${field}: plan "${input.plan}" does not exist`),
      ]);
    }
    assertPlanOpen(plan);

    const errors: FieldError[] = [];
    const name = requiredText(input.name, fieldPath('name'), errors);
    const outcomes = resolveCodes(
      'outcome',
      input.outcomes,
      await repo.findOutcomesByCode(tx, plan.id, input.outcomes),
      errors,
    );
    const outputCodes = input.outputs ?? [];
    const outputs = resolveCodes(
      'output',
      outputCodes,
      await repo.findOutputsByCode(tx, plan.id, outputCodes),
      errors,
    );
    const targetCodes = input.targets ?? [];
    const targets = resolveCodes(
      'target',
      targetCodes,
      await repo.findTargetsByCode(tx, plan.id, targetCodes),
      errors,
    );
    const themeCodes = input.themes ?? [];
    const themes = resolveCodes('theme', themeCodes, await repo.findThemesByCode(tx, themeCodes), errors);
    checkBaseline(input.unit, plan, input.baseline, errors);
    const annualTargets = input.annualTargets ?? [];
    annualTargets.forEach((target, index) => {
      checkYear(plan, target.year, fieldPath('annualTargets', index, 'year'), errors);
      if (annualTargets.findIndex((t) => t.year === target.year) !== index) {
        const field = fieldPath('annualTargets', index, 'year');
        errors.push(fieldError(field, 'year_duplicate', `${field}: ${target.year} has a target already`));
      }
      checkValue(input.unit, target.value, fieldPath('annualTargets', index, 'value'), errors);
    });
    raiseFieldErrors(errors);
    const owner = outcomes[0];
    if (!owner) throw new Error('a KPI without an outcome passed validation');

    const stamp = ctx.now.toISOString();
    const id = await repo.insertKpi(tx, {
      planId: plan.id,
      ownerPriorityId: owner.priorityId,
      code: input.code,
      name,
      definition: optionalText(input.definition),
      unit: input.unit,
      direction: input.direction,
      aggregation: input.aggregation,
      frequency: input.frequency,
      baselineValue: input.baseline?.value ?? null,
      baselinePeriod: input.baseline?.period ?? null,
      // maintain KPIs are rated against it; the others keep the default should they become maintain KPIs
      tolerance: input.tolerance ?? DEFAULT_TOLERANCE,
      weight: input.weight ?? DEFAULT_WEIGHT,
      dataSource: optionalText(input.dataSource),
      ownerUnit: optionalText(input.ownerUnit),
      byRegion: input.byRegion ? 1 : 0,
      active: 1,
      sourceStatus: CREATED_SOURCE_STATUS,
      sourceUrl: null,
      createdAt: stamp,
      updatedAt: stamp,
    });
    if (id === undefined) {
      throw conflict('kpi_code_taken', `KPI code "${input.code}" is already used in plan "${plan.code}"`);
    }
    await repo.insertKpiLinks(tx, id, {
      outcomeIds: outcomes.map((o) => o.id),
      outputIds: outputs.map((o) => o.id),
      targetIds: targets.map((t) => t.id),
      themeIds: themes.map((t) => t.id),
    });
    for (const target of annualTargets) {
      await repo.upsertAnnualTarget(tx, id, target.year, target.value);
      await repo.insertTargetRevision(tx, {
        kpiId: id,
        year: target.year,
        oldValue: null,
        newValue: target.value,
        reason: 'initial target',
        revisedBy: ctx.actor.userId,
        revisedAt: stamp,
      });
    }

    const definition = await loadDefinition(tx, await requireKpi(tx, id));
    await audit({ action: 'create', entity: 'kpi', entityId: id, after: definition, kpiIds: id });
    return definition;
  });
}

/**
 * Changes the editable fields of a KPI's definition. Only fields whose value really changes are written
 * and audited; a body that changes nothing answers the definition as it is and writes nothing.
 */
export async function updateKpi(
  ctx: WriteServiceContext,
  input: { id: number; changes: UpdateKpiBody },
): Promise<KpiDefinition> {
  return auditedWrite(ctx.db, ctx, async (tx, audit) => {
    const kpi = await requireKpi(tx, input.id);
    assertPlanOpen({ code: kpi.planCode, status: kpi.planStatus });
    const { changes } = input;

    const errors: FieldError[] = [];
    const name =
      changes.name === undefined ? undefined : requiredText(changes.name, fieldPath('name'), errors);
    checkBaseline(
      kpiUnit(kpi),
      { startYear: kpi.planStartYear, endYear: kpi.planEndYear },
      changes.baseline,
      errors,
    );
    raiseFieldErrors(errors);

    const current = await loadDefinition(tx, kpi);
    const { before, after, columns } = changedFields(current, {
      ...changes,
      name,
      definition: changes.definition === undefined ? undefined : optionalText(changes.definition),
      dataSource: changes.dataSource === undefined ? undefined : optionalText(changes.dataSource),
      ownerUnit: changes.ownerUnit === undefined ? undefined : optionalText(changes.ownerUnit),
    });
    if (Object.keys(after).length === 0) return current;

    await repo.updateKpi(tx, kpi.id, { ...columns, updatedAt: ctx.now.toISOString() });
    await audit({ action: 'update', entity: 'kpi', entityId: kpi.id, before, after, kpiIds: kpi.id });
    return loadDefinition(tx, await requireKpi(tx, kpi.id));
  });
}

/**
 * Revises one year's annual target: records the revision (old value, new value, reason, who, when) and sets
 * the target. The same value as now is refused (409 target_unchanged): a revision must change something.
 */
export async function reviseTarget(
  ctx: WriteServiceContext,
  input: { id: number; revision: ReviseTargetBody },
): Promise<TargetRevisionResult> {
  return auditedWrite(ctx.db, ctx, async (tx, audit) => {
    const kpi = await requireKpi(tx, input.id);
    assertPlanOpen({ code: kpi.planCode, status: kpi.planStatus });
    const { year, value } = input.revision;

    const errors: FieldError[] = [];
    checkYear({ startYear: kpi.planStartYear, endYear: kpi.planEndYear }, year, fieldPath('year'), errors);
    checkValue(kpiUnit(kpi), value, fieldPath('value'), errors);
    const reason = requiredText(input.revision.reason, fieldPath('reason'), errors);
    raiseFieldErrors(errors);

    const current = (await repo.findAnnualTargets(tx, kpi.id)).find((t) => t.year === year);
    if (current?.value === value) {
      throw conflict('target_unchanged', `The ${year} target of KPI "${kpi.code}" is ${value} already`);
    }
    const revisedAt = ctx.now.toISOString();
    const oldValue = current?.value ?? null;
    await repo.insertTargetRevision(tx, {
      kpiId: kpi.id,
      year,
      oldValue,
      newValue: value,
      reason,
      revisedBy: ctx.actor.userId,
      revisedAt,
    });
    await repo.upsertAnnualTarget(tx, kpi.id, year, value);
    await audit({
      action: 'revise_target',
      entity: 'kpi_annual_target',
      // an annual target is known by its KPI and year: `<kpiId>:<year>`
      entityId: `${kpi.id}:${year}`,
      kpiIds: kpi.id,
      before: current ? { kpi: kpi.code, year, value: current.value } : undefined,
      after: { kpi: kpi.code, year, value },
      reason,
    });
    return {
      year,
      oldValue,
      newValue: value,
      reason,
      // the revision stores the user id; the system actor (before sign-in) has none
      revisedBy: ctx.actor.userId === null ? null : ctx.actor.username,
      revisedAt,
      annualTargets: await repo.findAnnualTargets(tx, kpi.id),
    };
  });
}
