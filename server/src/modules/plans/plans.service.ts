// Plans and the framework tree, as the API shows them (translated, provenance kept).
import {
  AGGREGATIONS,
  DIRECTIONS,
  FREQUENCIES,
  KPI_UNITS,
  PLAN_STATUSES,
  SOURCE_STATUSES,
  inFramework,
  type Language,
} from '@rbm/shared';
import type { Framework, FrameworkKpi, FrameworkPriority, FrameworkSector, Plan } from '@rbm/shared/schemas';
import type { Db } from '../../db/connection.ts';
import type { PlanRow } from '../../db/schema.ts';
import { notFound } from '../../errors.ts';
import { asEnum } from '../../lib/enums.ts';
import type { ServiceContext } from '../../lib/service-context.ts';
import { createLocalizer, type Localizer } from '../translations/localizer.ts';
import * as repo from './plans.repository.ts';

function provenance(row: { sourceStatus: string; sourceUrl: string | null }) {
  return {
    sourceStatus: asEnum(SOURCE_STATUSES, row.sourceStatus, 'source_status'),
    sourceUrl: row.sourceUrl,
  };
}

export function toPlan(row: PlanRow, t: Localizer): Plan {
  return {
    code: row.code,
    name: t.text('plan', row.id, 'name', row.name),
    startYear: row.startYear,
    endYear: row.endYear,
    status: asEnum(PLAN_STATUSES, row.status, 'plan.status'),
    thresholds: { onTrack: row.thresholdOnTrack, atRisk: row.thresholdAtRisk },
    reportingDeadlineDays: row.reportingDeadlineDays,
  };
}

/** A read of the plan in the request's language. */
export interface PlanReadContext extends ServiceContext {
  language: Language;
}

/** The plans, newest first; draft plans only for those who may see them (plan-status.ts). */
export async function listPlans(ctx: PlanReadContext, input: { drafts: boolean }): Promise<Plan[]> {
  const [rows, t] = await Promise.all([
    repo.findPlans(ctx.db),
    createLocalizer(ctx.db, ctx.language, ['plan']),
  ]);
  return rows.filter((row) => input.drafts || row.status !== 'draft').map((row) => toPlan(row, t));
}

export type { RegisterTable } from './plans.repository.ts';

/** The code and status of the plan a KPI or a register's item belongs to (the lifecycle guard's lookups). */
export async function findPlanOf(
  ctx: Pick<ServiceContext, 'db'>,
  input: { kpiId: number } | { table: repo.RegisterTable; id: number },
): Promise<{ code: string; status: string } | undefined> {
  return 'kpiId' in input
    ? repo.findPlanOfKpi(ctx.db, input.kpiId)
    : repo.findPlanOfRegisterItem(ctx.db, input.table, input.id);
}

/** The plan row for a code, or undefined: for callers that answer an unknown plan their own way. */
export async function findPlan(ctx: Pick<ServiceContext, 'db'>, code: string): Promise<PlanRow | undefined> {
  return repo.findPlanByCode(ctx.db, code);
}

/** The plan row for a code, or a 404 naming the code. */
export async function requirePlan(db: Db, code: string): Promise<PlanRow> {
  const row = await repo.findPlanByCode(db, code);
  if (!row) throw notFound('Plan', code);
  return row;
}

/** The plan items a register links to, by code: what the plan has of each kind (unknown codes are left out). */
export interface PlanItemCodes {
  priorities?: readonly string[];
  outcomes?: readonly string[];
  kpis?: readonly string[];
}
export interface PlanItemIds {
  priorities: { id: number; code: string }[];
  outcomes: { id: number; code: string }[];
  kpis: { id: number; code: string }[];
}

export async function findPlanItems(
  ctx: Pick<ServiceContext, 'db'>,
  input: { planId: number; codes: PlanItemCodes },
): Promise<PlanItemIds> {
  const { priorities = [], outcomes = [], kpis = [] } = input.codes;
  return repo.findPlanItemsByCode(ctx.db, input.planId, { priorities, outcomes, kpis });
}

/** Every unit (Sector) in display order: the one sector lookup of the registers. */
export async function listSectors(
  ctx: Pick<ServiceContext, 'db'>,
): Promise<{ id: number; code: string; name: string }[]> {
  return (await repo.findSectors(ctx.db)).map(({ id, code, name }) => ({ id, code, name }));
}

/** The unit with this code, or undefined. */
export async function findSector(
  ctx: Pick<ServiceContext, 'db'>,
  code: string,
): Promise<{ id: number; code: string; name: string } | undefined> {
  return (await listSectors(ctx)).find((s) => s.code === code);
}

export async function getPlan(ctx: PlanReadContext, input: { plan: string }): Promise<Plan> {
  const row = await requirePlan(ctx.db, input.plan);
  return toPlan(row, await createLocalizer(ctx.db, ctx.language, ['plan']));
}

export async function getFramework(ctx: PlanReadContext, input: { plan: string }): Promise<Framework> {
  const { db, language } = ctx;
  const plan = await requirePlan(db, input.plan);
  // the current framework: items retired by now are left out (shared/src/retired-items.ts), with what hangs
  // under them (a retired outcome's KPIs leave the tree)
  const current = <T extends { retiredAt: string | null }>(rows: Promise<T[]>) =>
    rows.then((r) => inFramework(r, ctx.now));
  const [goals, targets, sectors, priorities, outcomes, kpis, links, themes, t] = await Promise.all([
    current(repo.findGoals(db, plan.id)),
    current(repo.findTargets(db, plan.id)),
    repo.findSectors(db),
    current(repo.findPriorities(db, plan.id)),
    current(repo.findOutcomes(db, plan.id)),
    repo.findKpis(db, plan.id),
    repo.findKpiOutcomeLinks(db, plan.id),
    current(repo.findThemesWithKpis(db, plan.id)),
    createLocalizer(db, language, [
      'plan',
      'goal',
      'target',
      'sector',
      'thematic_priority',
      'outcome',
      'kpi',
      'intersectoral_theme',
      'statistic_indicator',
    ]),
  ]);

  const kpiById = new Map(
    kpis.map((k): [number, FrameworkKpi] => [
      k.id,
      {
        id: k.id,
        code: k.code,
        name: t.text('kpi', k.id, 'name', k.name),
        unit: asEnum(KPI_UNITS, k.unit, 'kpi.unit'),
        direction: asEnum(DIRECTIONS, k.direction, 'kpi.direction'),
        aggregation: asEnum(AGGREGATIONS, k.aggregation, 'kpi.aggregation'),
        frequency: asEnum(FREQUENCIES, k.frequency, 'kpi.frequency'),
        byRegion: k.byRegion === 1,
        ownerPriority: k.ownerPriorityCode,
        ...provenance(k),
      },
    ]),
  );
  const kpisByOutcome = new Map<number, FrameworkKpi[]>();
  for (const link of links) {
    const kpi = kpiById.get(link.kpiId);
    if (!kpi) continue;
    kpisByOutcome.set(link.outcomeId, [...(kpisByOutcome.get(link.outcomeId) ?? []), kpi]);
  }

  const prioritiesBySector = new Map<number, FrameworkPriority[]>();
  for (const p of priorities) {
    const priority: FrameworkPriority = {
      code: p.code,
      name: t.text('thematic_priority', p.id, 'name', p.name),
      description: t.optional('thematic_priority', p.id, 'description', p.description),
      outcomes: outcomes
        .filter((o) => o.priorityId === p.id)
        .map((o) => ({
          code: o.code,
          name: t.text('outcome', o.id, 'name', o.name),
          kpis: (kpisByOutcome.get(o.id) ?? []).sort((a, b) => a.code.localeCompare(b.code)),
          ...provenance(o),
        })),
      ...provenance(p),
    };
    prioritiesBySector.set(p.sectorId, [...(prioritiesBySector.get(p.sectorId) ?? []), priority]);
  }

  const frameworkSectors: FrameworkSector[] = sectors
    .filter((s) => prioritiesBySector.has(s.id))
    .map((s) => ({
      code: s.code,
      name: t.text('sector', s.id, 'name', s.name),
      priorities: prioritiesBySector.get(s.id) ?? [],
    }));

  const themeMap = new Map<string, Framework['themes'][number]>();
  for (const row of themes) {
    const theme = themeMap.get(row.code) ?? {
      code: row.code,
      name: t.text('intersectoral_theme', row.id, 'name', row.name),
      kpiCodes: [],
      sectors: [],
      ...provenance(row),
    };
    if (row.kpiCode && !theme.kpiCodes.includes(row.kpiCode)) theme.kpiCodes.push(row.kpiCode);
    if (row.sectorCode && !theme.sectors.includes(row.sectorCode)) theme.sectors.push(row.sectorCode);
    themeMap.set(row.code, theme);
  }

  return {
    plan: toPlan(plan, t),
    language,
    goals: goals.map((g) => ({
      code: g.code,
      name: t.text('goal', g.id, 'name', g.name),
      description: t.optional('goal', g.id, 'description', g.description),
      targets: targets
        .filter((target) => target.goalId === g.id)
        .map((target) => ({
          code: target.code,
          name: t.text('target', target.id, 'name', target.name),
          description: t.optional('target', target.id, 'description', target.description),
          value: target.value,
          unit: target.unit,
          direction: asEnum(DIRECTIONS, target.direction, 'target.direction'),
          deadlineYear: target.deadlineYear,
          baseline:
            target.baselineValue === null || target.baselineYear === null
              ? null
              : { value: target.baselineValue, year: target.baselineYear },
          indicator:
            target.indicator === null || target.indicatorId === null || target.indicatorName === null
              ? null
              : {
                  code: target.indicator,
                  name: t.text('statistic_indicator', target.indicatorId, 'name', target.indicatorName),
                },
          kpiCount: Number(target.kpiCount ?? 0),
          ...provenance(target),
        })),
      ...provenance(g),
    })),
    sectors: frameworkSectors,
    themes: [...themeMap.values()],
  };
}
