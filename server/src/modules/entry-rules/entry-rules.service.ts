// Entry rules of a plan, set by administrators: the completeness rules and value rule defaults (one row
// per plan, versioned) and per-KPI overrides. Every change is checked and audited; the values' hard limits
// are read here by the value PUT and the import, so both refuse the same values.
import type {
  KpiEntryRule,
  PlanEntryRules,
  PutPlanEntryRulesBody,
  ValueRuleSettingsBody,
} from '@rbm/shared/schemas';
import {
  NARRATIVES,
  NOTE_TRIGGERS,
  effectiveValueRules,
  limitsOf,
  type PlanRules,
  type ValueLimits,
} from '@rbm/shared/rbm';
import type { Db } from '../../db/connection.ts';
import { conflict, notFound, unprocessable } from '../../errors.ts';
import type { ServiceContext, WriteServiceContext } from '../../lib/service-context.ts';
import { auditedWrite } from '../audit/audit.service.ts';
import { requirePlan } from '../plans/plans.service.ts';
import * as repo from './entry-rules.repository.ts';

type PlanRuleRow = NonNullable<Awaited<ReturnType<typeof repo.findPlanRule>>>;
interface SettingsColumns {
  minValue: number | null;
  maxValue: number | null;
  integerOnly: number | null;
  maxChangeShare: number | null;
  maxTargetMultiple: number | null;
  regionsAddUp: number | null;
}

const flag = (value: number | null) => (value === null ? null : value === 1);
const bit = (value: boolean | null) => (value === null ? null : value ? 1 : 0);

function toSettings(row: SettingsColumns | undefined): ValueRuleSettingsBody {
  return {
    min: row?.minValue ?? null,
    max: row?.maxValue ?? null,
    integer: flag(row?.integerOnly ?? null),
    maxChangeShare: row?.maxChangeShare ?? null,
    maxTargetMultiple: row?.maxTargetMultiple ?? null,
    regionsAddUp: flag(row?.regionsAddUp ?? null),
  };
}

function toColumns(settings: ValueRuleSettingsBody): SettingsColumns {
  return {
    minValue: settings.min,
    maxValue: settings.max,
    integerOnly: bit(settings.integer),
    maxChangeShare: settings.maxChangeShare,
    maxTargetMultiple: settings.maxTargetMultiple,
    regionsAddUp: bit(settings.regionsAddUp),
  };
}

function completenessOf(row: PlanRuleRow | undefined): PlanEntryRules['completeness'] {
  const required = {
    achievements: row?.requireAchievements,
    challenges: row?.requireChallenges,
    improvements: row?.requireImprovements,
  };
  const notes = { at_risk: row?.noteAtRisk, off_track: row?.noteOffTrack, no_data: row?.noteNoData };
  return {
    requiredNarratives: NARRATIVES.filter((field) => required[field] === 1),
    noteRequiredFor: NOTE_TRIGGERS.filter((trigger) => notes[trigger] === 1),
  };
}

async function loadRules(db: Db, plan: { id: number; code: string }): Promise<PlanEntryRules> {
  const [row, overrides] = await Promise.all([
    repo.findPlanRule(db, plan.id),
    repo.findKpiRules(db, plan.id),
  ]);
  return {
    plan: plan.code,
    version: row?.version ?? 0,
    completeness: completenessOf(row),
    defaults: toSettings(row),
    kpis: overrides.map((o): KpiEntryRule => ({ kpiId: o.kpiId, code: o.code, settings: toSettings(o) })),
  };
}

export async function getEntryRules(ctx: ServiceContext, input: { plan: string }): Promise<PlanEntryRules> {
  return loadRules(ctx.db, await requirePlan(ctx.db, input.plan));
}

/** The rules of a plan as the calculation module applies them (shared/src/rbm/entry-findings.ts). */
export async function planRulesOf(
  ctx: ServiceContext,
  plan: { id: number; code: string },
): Promise<PlanRules> {
  return loadRules(ctx.db, plan);
}

/** A minimum above the maximum would refuse every value. */
function checkSettings(settings: ValueRuleSettingsBody): void {
  if (settings.min !== null && settings.max !== null && settings.min > settings.max) {
    const message = 'The minimum must not be above the maximum';
    throw unprocessable('limits_inverted', message, [
      { field: 'body.max', code: 'limits_inverted', message },
    ]);
  }
}

export async function putEntryRules(
  ctx: WriteServiceContext,
  input: { plan: string; body: PutPlanEntryRulesBody },
): Promise<PlanEntryRules> {
  const { db } = ctx;
  const { body } = input;
  const plan = await requirePlan(db, input.plan);
  const defaults = body.defaults;
  checkSettings(defaults);
  const { requiredNarratives: narratives, noteRequiredFor: notes } = body.completeness;
  const fields: repo.PlanRuleFields = {
    requireAchievements: narratives.includes('achievements') ? 1 : 0,
    requireChallenges: narratives.includes('challenges') ? 1 : 0,
    requireImprovements: narratives.includes('improvements') ? 1 : 0,
    noteAtRisk: notes.includes('at_risk') ? 1 : 0,
    noteOffTrack: notes.includes('off_track') ? 1 : 0,
    noteNoData: notes.includes('no_data') ? 1 : 0,
    ...toColumns(defaults),
  };
  const stamp = ctx.now.toISOString();
  await auditedWrite(db, ctx, async (tx, audit) => {
    const before = await loadRules(tx, plan);
    const existing = await repo.findPlanRule(tx, plan.id);
    if (existing && body.version !== existing.version) {
      throw conflict(
        'version_conflict',
        `Someone changed the entry rules since you loaded them (your version ${body.version ?? 'none'}, now ${existing.version})`,
      );
    }
    if (existing) {
      if (!(await repo.updatePlanRule(tx, plan.id, existing.version, fields, stamp))) {
        throw conflict(
          'version_conflict',
          'Someone changed the entry rules at the same moment; load them again',
        );
      }
    } else {
      await repo.insertPlanRule(tx, plan.id, fields, stamp);
    }
    const { completeness, defaults: after } = await loadRules(tx, plan);
    await audit({
      action: existing ? 'update' : 'create',
      entity: 'entry_rule',
      entityId: plan.code,
      before: existing ? { completeness: before.completeness, defaults: before.defaults } : undefined,
      after: { completeness, defaults: after },
    });
  });
  return loadRules(db, plan);
}

async function requireKpi(db: Db, plan: { id: number }, code: string) {
  const kpi = await repo.findKpiOfPlan(db, plan.id, code);
  if (!kpi) throw notFound('KPI', code);
  return kpi;
}

export async function putKpiEntryRule(
  ctx: WriteServiceContext,
  input: { plan: string; code: string; body: ValueRuleSettingsBody },
): Promise<PlanEntryRules> {
  const { db } = ctx;
  const { body } = input;
  const plan = await requirePlan(db, input.plan);
  checkSettings(body);
  await auditedWrite(db, ctx, async (tx, audit) => {
    const kpi = await requireKpi(tx, plan, input.code);
    const before = (await loadRules(tx, plan)).kpis.find((k) => k.kpiId === kpi.id);
    await repo.upsertKpiRule(tx, kpi.id, toColumns(body), ctx.now.toISOString());
    await audit({
      action: before ? 'update' : 'create',
      entity: 'kpi_entry_rule',
      entityId: kpi.code,
      before: before?.settings,
      after: body,
    });
  });
  return loadRules(db, plan);
}

export async function deleteKpiEntryRule(
  ctx: WriteServiceContext,
  input: { plan: string; code: string },
): Promise<PlanEntryRules> {
  const { db } = ctx;
  const plan = await requirePlan(db, input.plan);
  await auditedWrite(db, ctx, async (tx, audit) => {
    const kpi = await requireKpi(tx, plan, input.code);
    const before = (await loadRules(tx, plan)).kpis.find((k) => k.kpiId === kpi.id);
    if (!before || !(await repo.deleteKpiRule(tx, kpi.id))) throw notFound('Entry rule of KPI', kpi.code);
    await audit({ action: 'delete', entity: 'kpi_entry_rule', entityId: kpi.code, before: before.settings });
  });
  return loadRules(db, plan);
}

/** The rule columns of one KPI as a value write reads them (repository VALUE_LIMIT_COLUMNS). */
export interface ValueLimitRow {
  planMin: number | null;
  planMax: number | null;
  planInteger: number | null;
  overrideId: number | null;
  kpiMin: number | null;
  kpiMax: number | null;
  kpiInteger: number | null;
}

/** The hard limits of one KPI's values (its override where set, else the plan's); null when none. */
export function valueLimitsOfRow(row: ValueLimitRow): ValueLimits | null {
  const own = row.overrideId !== null;
  const min = (own ? row.kpiMin : null) ?? row.planMin;
  const max = (own ? row.kpiMax : null) ?? row.planMax;
  const integer = flag((own ? row.kpiInteger : null) ?? row.planInteger) ?? false;
  return min === null && max === null && !integer ? null : { min, max, integer };
}

/** The hard limits of every KPI of a plan, for checking many values at once (the import). */
export async function valueLimitsOfPlan(
  ctx: ServiceContext,
  plan: { id: number; code: string },
): Promise<(kpiId: number) => ValueLimits> {
  const rules = await loadRules(ctx.db, plan);
  const overrides = new Map(rules.kpis.map((k) => [k.kpiId, k.settings]));
  // once per KPI: a batch or an import asks for each of its cells
  const limits = new Map<number, ValueLimits>();
  return (kpiId) => {
    let kpiLimits = limits.get(kpiId);
    if (!kpiLimits) {
      kpiLimits = limitsOf(effectiveValueRules(rules.defaults, overrides.get(kpiId)));
      limits.set(kpiId, kpiLimits);
    }
    return kpiLimits;
  };
}
