// What every published figure starts from: the plan asked for, the groups it is rolled up by (goals,
// Sectors, priorities, regions) named in the user's language, and the basis the figures stand on.
import type { Language } from '@rbm/shared';
import { lastCompleteQuarter, rollUp } from '@rbm/shared/rbm';
import type { FiguresBasis, LocalizedText, ReportPlan, RollUpFigures } from '@rbm/shared/schemas';
import type { Db } from '../../db/connection.ts';
import type { PlanRow } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import { findRegions } from '../measurement/measurement.repository.ts';
import type { PlanMeasurement, Visibility } from '../measurement/measurement.service.ts';
import { findGoals, findPriorities, findSectors } from '../plans/plans.repository.ts';
import { requirePlan } from '../plans/plans.service.ts';
import { createLocalizer } from '../translations/localizer.ts';
import { findActivePlan } from './reports.repository.ts';

export type Include = 'approved' | 'unapproved';

export interface NamedGroup {
  id: number;
  code: string;
  name: LocalizedText;
}

export interface NamedPriority extends NamedGroup {
  sectorId: number;
  sectorCode: string;
}

export interface PlanGroups {
  plan: ReportPlan;
  goals: NamedGroup[];
  /** Sectors that own at least one priority of the plan, in their usual order. */
  sectors: NamedGroup[];
  priorities: NamedPriority[];
  regions: NamedGroup[];
  kpiName: (id: number, english: string) => LocalizedText;
}

/** The plan named by its code (404 if unknown), or the active plan when no code is given. */
export async function resolvePlan(db: Db, code: string | undefined): Promise<PlanRow> {
  if (code !== undefined) return requirePlan(db, code);
  const active = await findActivePlan(db);
  if (!active) throw new AppError(404, 'no_active_plan', 'No plan is active; name one with ?plan=');
  return active;
}

export const visibilityOf = (include: Include | undefined): Visibility =>
  include === 'unapproved' ? 'all' : 'approved';

export function figuresBasis(measurement: PlanMeasurement, period: string, now: Date): FiguresBasis {
  return {
    values: measurement.visibility === 'all' ? 'unapproved' : 'approved',
    period,
    asOf: lastCompleteQuarter(now),
  };
}

/** A group's roll-up, or the roll-up of nothing (not_due, zero KPIs) for a group without KPIs. */
export function rollUpOf(
  rollUps: ReadonlyMap<number, RollUpFigures>,
  groupId: number,
  measurement: PlanMeasurement,
): RollUpFigures {
  return rollUps.get(groupId) ?? { ...rollUp([], measurement.rbmPlan.thresholds), timeliness: null };
}

export async function loadPlanGroups(db: Db, plan: PlanRow, language: Language): Promise<PlanGroups> {
  const [goals, sectors, priorities, regions, t] = await Promise.all([
    findGoals(db, plan.id),
    findSectors(db),
    findPriorities(db, plan.id),
    findRegions(db),
    createLocalizer(db, language, ['plan', 'goal', 'sector', 'thematic_priority', 'region', 'kpi']),
  ]);
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
    regions: regions.map((r) => ({ id: r.id, code: r.code, name: t.text('region', r.id, 'name', r.name) })),
    kpiName: (id, english) => t.text('kpi', id, 'name', english),
  };
}
