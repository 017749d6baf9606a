// The groups a plan's figures are rolled up by (goals, Sectors, priorities, regions), named in the user's
// language: the one place dashboard, explorer, reports, comparison and outlook take them from. They are the
// framework of a moment (shared/src/retired-items.ts): now for the current screens, the end of a past year for
// its report; an item retired by then is not a group (its KPIs have moved or stopped before it could retire).
import { inFramework } from '@rbm/shared';
import type { LocalizedText, ReportPlan } from '@rbm/shared/schemas';
import type { PlanRow } from '../../db/schema.ts';
import { createLocalizer } from '../translations/localizer.ts';
import type { ReadContext } from './figures.context.ts';
import { findPlanGroups } from './figures.repository.ts';

export interface NamedGroup {
  id: number;
  code: string;
  name: LocalizedText;
}

export interface NamedPriority extends NamedGroup {
  sectorId: number;
  sectorCode: string;
}

export interface NamedOutcome extends NamedGroup {
  priorityId: number;
}

export interface PlanGroups {
  plan: ReportPlan;
  goals: NamedGroup[];
  /** Sectors that own at least one priority of the plan, in their usual order. */
  sectors: NamedGroup[];
  /** In framework order (their own sort order). */
  priorities: NamedPriority[];
  outcomes: NamedOutcome[];
  regions: NamedGroup[];
  kpiName: (id: number, english: string) => LocalizedText;
}

/** The plan's groups in the framework at `at` (now unless a report of a past year asks for its end). */
export async function loadPlanGroups(
  ctx: ReadContext,
  plan: PlanRow,
  at: Date = ctx.now,
): Promise<PlanGroups> {
  const [all, t] = await Promise.all([
    findPlanGroups(ctx.db, plan.id),
    createLocalizer(ctx.db, ctx.language, [
      'plan',
      'goal',
      'sector',
      'thematic_priority',
      'outcome',
      'region',
      'kpi',
    ]),
  ]);
  const [goals, priorities, outcomes, regions] = [
    inFramework(all.goals, at),
    inFramework(all.priorities, at),
    inFramework(all.outcomes, at),
    inFramework(all.regions, at),
  ];
  const sectors = all.sectors;
  const sectorCodes = new Map(sectors.map((s) => [s.id, s.code]));
  const withPriorities = new Set(priorities.map((p) => p.sectorId));
  return {
    plan: { code: plan.code, name: t.text('plan', plan.id, 'name', plan.name) },
    goals: goals.map((g) => ({ id: g.id, code: g.code, name: t.text('goal', g.id, 'name', g.name) })),
    sectors: sectors
      .filter((s) => withPriorities.has(s.id))
      .map((s) => ({ id: s.id, code: s.code, name: t.text('sector', s.id, 'name', s.name) })),
    priorities: priorities.map((p) => ({
      id: p.id,
      code: p.code,
      name: t.text('thematic_priority', p.id, 'name', p.name),
      sectorId: p.sectorId,
      sectorCode: sectorCodes.get(p.sectorId) ?? '',
    })),
    outcomes: outcomes.map((o) => ({
      id: o.id,
      code: o.code,
      name: t.text('outcome', o.id, 'name', o.name),
      priorityId: o.priorityId,
    })),
    regions: regions.map((r) => ({ id: r.id, code: r.code, name: t.text('region', r.id, 'name', r.name) })),
    kpiName: (id, english) => t.text('kpi', id, 'name', english),
  };
}

/** The priorities grouped by Sector, Sectors in their order (how the dashboard lists them). */
export function prioritiesBySector(groups: PlanGroups): NamedPriority[] {
  const position = new Map(groups.sectors.map((s, index) => [s.id, index]));
  return [...groups.priorities].sort(
    (a, b) => (position.get(a.sectorId) ?? Infinity) - (position.get(b.sectorId) ?? Infinity),
  );
}
