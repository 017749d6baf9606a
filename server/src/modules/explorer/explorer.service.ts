// The plan explorer: resolves the plan, period and filters, then builds the tree of roll-ups.
import type { Status } from '@rbm/shared';
import { compareQuarters, lastCompleteQuarter, planQuarters } from '@rbm/shared/rbm';
import type { Explorer, ExplorerView } from '@rbm/shared/schemas';
import { unprocessable } from '../../errors.ts';
import {
  assess,
  completeQuarter,
  figuresBasis,
  latestReportedQuarter,
  openNamedFigures,
  resolvePeriod,
  type FiguresContext,
  type MeasuredKpi,
  type NamedGroup,
} from '../figures/figures.service.ts';
import { buildTree, figuresOf, type TreeInput } from './explorer-tree.ts';

/** By goal, the KPIs linked to no target still appear, under this root (named on screen by its kind). */
const UNLINKED = {
  id: 0,
  kind: 'unlinked' as const,
  code: 'UNLINKED',
  name: { text: "Not linked to a goal's target", language: 'en' as const },
};

export interface ExplorerInput {
  plan?: string | undefined;
  period?: string | undefined;
  view?: ExplorerView | undefined;
  sector?: string | undefined;
  region?: string | undefined;
  status?: Status | undefined;
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

export async function explorer(ctx: FiguresContext, request: ExplorerInput): Promise<Explorer> {
  const { now } = ctx;
  const view = request.view ?? 'goal';
  const { plan, measurement, groups } = await openNamedFigures(ctx, request);
  // Without a period asked for: the latest quarter for which every priority has its figures in this basis
  // (figures/roll-ups.ts), so one priority approved early does not set its figures against everyone's "no data".
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
    outcomes: groups.outcomes,
    kpiName: groups.kpiName,
  };
  const last = lastCompleteQuarter(now);
  const option = (g: NamedGroup) => ({ code: g.code, name: g.name });
  return {
    plan: groups.plan,
    basis: figuresBasis(ctx.visibility, period, now),
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
