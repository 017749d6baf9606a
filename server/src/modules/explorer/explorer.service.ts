// The plan explorer: resolves the plan, period and filters, then builds the tree of roll-ups.
import type { Language, Status } from '@rbm/shared';
import { compareQuarters, lastCompleteQuarter, planQuarters } from '@rbm/shared/rbm';
import type { Explorer, ExplorerView } from '@rbm/shared/schemas';
import type { Db } from '../../db/connection.ts';
import { unprocessable } from '../../errors.ts';
import { resolvePeriod } from '../dashboard/dashboard.service.ts';
import { assess, type MeasuredKpi, type MeasurementStore } from '../measurement/measurement.service.ts';
import { completeQuarter, latestReportedQuarter } from '../measurement/figures.ts';
import { findOutcomes } from '../plans/plans.repository.ts';
import {
  figuresBasis,
  loadPlanGroups,
  resolvePlan,
  visibilityOf,
  type Include,
  type NamedGroup,
} from '../reports/report-groups.ts';
import { createLocalizer } from '../translations/localizer.ts';
import { buildTree, figuresOf, type TreeInput } from './explorer-tree.ts';

/** By goal, the KPIs linked to no target still appear, under this root (named on screen by its kind). */
const UNLINKED = {
  id: 0,
  kind: 'unlinked' as const,
  code: 'UNLINKED',
  name: { text: "Not linked to a goal's target", language: 'en' as const },
};

export interface ExplorerRequest {
  plan: string | undefined;
  period: string | undefined;
  view: ExplorerView;
  sector: string | undefined;
  region: string | undefined;
  status: Status | undefined;
  include: Include | undefined;
  language: Language;
  now: Date;
}

function findByCode(groups: readonly NamedGroup[], code: string | undefined, field: 'sector' | 'region') {
  if (code === undefined) return null;
  const found = groups.find((g) => g.code.toLowerCase() === code.toLowerCase());
  if (found) return found;
  const message = `querystring.${field} ${code} is not a ${field} of the plan`;
  throw unprocessable(`unknown_${field}`, message, [
    { field: `querystring.${field}`, message, code: `unknown_${field}` },
  ]);
}

export async function explorer(
  db: Db,
  measurements: MeasurementStore,
  request: ExplorerRequest,
): Promise<Explorer> {
  const { now, view } = request;
  const plan = await resolvePlan(db, request.plan);
  const [measurement, groups, outcomeRows, t] = await Promise.all([
    measurements.get(db, plan, visibilityOf(request.include)),
    loadPlanGroups(db, plan, request.language),
    findOutcomes(db, plan.id),
    createLocalizer(db, request.language, ['outcome']),
  ]);
  // Without a period asked for: the latest quarter for which every priority has its figures in this basis
  // (figures.ts), so one priority approved early does not set its figures against everyone's "no data".
  const lastComplete = resolvePeriod(plan, undefined, now);
  const complete = completeQuarter(measurement, lastComplete);
  const period =
    request.period === undefined
      ? (complete ?? latestReportedQuarter(measurement, lastComplete) ?? lastComplete)
      : resolvePeriod(plan, request.period, now);
  const sector = findByCode(groups.sectors, request.sector, 'sector');
  const region = findByCode(groups.regions, request.region, 'region');

  const selected = measurement.kpis
    .filter((k) => sector === null || k.sectorIds.includes(sector.id))
    .filter((k) => region === null || (k.byRegion && k.regionallyComparable))
    .map((kpi) => ({ kpi, assessment: assess(kpi, period, now, region?.id) }));

  const priorities = groups.priorities.filter((p) => sector === null || p.sectorId === sector.id);
  const roots: TreeInput['roots'] =
    view === 'goal'
      ? [
          ...groups.goals.map((g) => ({
            ...g,
            kind: 'goal' as const,
            holds: (k: MeasuredKpi) => k.goalIds.includes(g.id),
          })),
          { ...UNLINKED, holds: (k: MeasuredKpi) => k.goalIds.length === 0 },
        ]
      : groups.sectors
          .filter((s) => sector === null || s.id === sector.id)
          .map((s) => ({
            ...s,
            kind: 'sector' as const,
            holds: (k: MeasuredKpi) => k.sectorIds.includes(s.id),
          }));
  const input: TreeInput = {
    measurement,
    period,
    now,
    selected,
    regional: region !== null,
    status: request.status ?? null,
    roots,
    prioritiesOf: (rootId) =>
      view === 'goal' ? priorities : priorities.filter((p) => p.sectorId === rootId),
    outcomes: outcomeRows.map((o) => ({
      id: o.id,
      code: o.code,
      name: t.text('outcome', o.id, 'name', o.name),
      priorityId: o.priorityId,
    })),
    kpiName: groups.kpiName,
  };
  const last = lastCompleteQuarter(now);
  const option = (g: NamedGroup) => ({ code: g.code, name: g.name });
  return {
    plan: groups.plan,
    basis: figuresBasis(measurement, period, now),
    view,
    period,
    completeQuarter: complete,
    filters: { sector: sector?.code ?? null, region: region?.code ?? null, status: request.status ?? null },
    overall: figuresOf(input, selected),
    roots: buildTree(input),
    options: {
      periods: planQuarters(measurement.rbmPlan).filter((q) => compareQuarters(q, last) <= 0),
      sectors: groups.sectors.map(option),
      regions: groups.regions.map(option),
    },
  };
}
