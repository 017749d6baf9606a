// A plan's KPIs loaded and mapped for the calculation module (rows -> RbmKpi, prepared series, links), in full
// or only the KPIs changed since a revision. The store (measurement-store.ts) keeps the result per revision.
import { AGGREGATIONS, DIRECTIONS, FREQUENCIES, KPI_UNITS } from '@rbm/shared';
import {
  isRegionallyComparable,
  prepareKpi,
  withValues,
  type PreparedKpi,
  type RbmKpi,
  type RbmPlan,
  type ReportedValue,
  type Actuals,
  type QuarterValues,
} from '@rbm/shared/rbm';
import type { Db } from '../../db/connection.ts';
import type { PlanRow } from '../../db/schema.ts';
import { asEnum } from '../../lib/enums.ts';
import * as repo from './figures.repository.ts';
import { FiguresMemory } from './figures-memory.ts';
import { noValues, type KpiValues } from './kpi-values.ts';
import { VISIBLE_STATES, type Visibility } from './visibility.ts';

export interface MeasuredKpi {
  id: number;
  code: string;
  name: string;
  rbm: RbmKpi;
  byRegion: boolean;
  /** Whether its regional values can be judged against its targets (see isRegionallyComparable). */
  regionallyComparable: boolean;
  ownerPriorityId: number;
  ownerPriorityCode: string;
  ownerSectorId: number;
  ownerSectorCode: string;
  outcomeIds: number[];
  priorityIds: number[];
  sectorIds: number[];
  targetIds: number[];
  goalIds: number[];
  total: PreparedKpi;
  /** The actuals `total` was prepared from (for the forecast). */
  totalActuals: Actuals;
  regional: Map<number, PreparedKpi>;
  /** The KPI's reported quarters (a value or a "no data" declaration) and when each was submitted. */
  submissions: ReportedValue[];
}

export interface PlanMeasurement {
  planId: number;
  revision: number;
  visibility: Visibility;
  rbmPlan: RbmPlan;
  kpis: MeasuredKpi[];
  byId: Map<number, MeasuredKpi>;
  regions: Array<{ id: number; code: string; name: string }>;
  /** Figures computed from this plan's measurements, kept across revisions (figure-index.ts). */
  memory: FiguresMemory;
}

export function toRbmPlan(plan: PlanRow): RbmPlan {
  return {
    startYear: plan.startYear,
    endYear: plan.endYear,
    thresholds: { onTrack: plan.thresholdOnTrack, atRisk: plan.thresholdAtRisk },
    reportingDeadlineDays: plan.reportingDeadlineDays,
  };
}

type KpiRow = repo.PlanDefinitions['kpis'][number];

type KpiDefinitionRow = Pick<
  KpiRow,
  | 'id'
  | 'direction'
  | 'aggregation'
  | 'frequency'
  | 'unit'
  | 'baselineValue'
  | 'baselinePeriod'
  | 'tolerance'
  | 'weight'
>;

export function toRbmKpi(row: KpiDefinitionRow, targets: RbmKpi['annualTargets']): RbmKpi {
  return {
    id: row.id,
    direction: asEnum(DIRECTIONS, row.direction, 'kpi.direction'),
    aggregation: asEnum(AGGREGATIONS, row.aggregation, 'kpi.aggregation'),
    frequency: asEnum(FREQUENCIES, row.frequency, 'kpi.frequency'),
    unit: asEnum(KPI_UNITS, row.unit, 'kpi.unit'),
    baseline:
      row.baselineValue === null || row.baselinePeriod === null
        ? null
        : { value: row.baselineValue, period: row.baselinePeriod },
    annualTargets: targets,
    tolerance: row.tolerance,
    weight: row.weight,
  };
}

/** The values of a region without any (never changed: a prepared KPI's values are read only). */
const NO_QUARTERS: QuarterValues = new Map();

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

const unique = (values: number[]) => [...new Set(values)];

/** What a KPI's figures stand on besides the KPI: the plan's RBM settings and its regions. */
export type MeasurementBasis = Pick<PlanMeasurement, 'rbmPlan' | 'regions'>;

/** Called with each KPI as soon as it is prepared from its values, while the rest are still being read. */
export type OnMeasured = (kpi: MeasuredKpi, basis: MeasurementBasis) => void;

/**
 * Loads and prepares the given KPIs of a plan (all of them when `kpiIds` is undefined). Each KPI is prepared
 * as soon as its values are read (a chunk of KPIs at a time, figures.repository.ts readPlan), so on SQLite
 * the preparing of one chunk overlaps the reading of the next; so does what `onMeasured` does with it.
 */
async function loadKpis(
  db: Db,
  plan: PlanRow,
  visibility: Visibility,
  basis: MeasurementBasis,
  kpiIds?: readonly number[],
  onMeasured?: OnMeasured,
): Promise<MeasuredKpi[]> {
  const { rbmPlan, regions } = basis;
  // The values' chunks wait until the KPIs they belong to are known (read first, or beside them).
  const early: Map<number, KpiValues>[] = [];
  let take = (values: Map<number, KpiValues>) => void early.push(values);
  const read = repo.readPlan(db, plan.id, VISIBLE_STATES[visibility], kpiIds, (values) => take(values));
  read.values.catch(() => undefined); // awaited below, after the definitions
  const { kpis: kpiRows, targets, outcomeLinks, targetLinks } = await read.definitions;
  const targetsByKpi = groupBy(targets, (t) => t.kpiId);
  const outcomesByKpi = groupBy(outcomeLinks, (l) => l.kpiId);
  const targetLinksByKpi = groupBy(targetLinks, (l) => l.kpiId);
  const rowsById = new Map(kpiRows.map((row) => [row.id, row]));

  const measure = (
    row: KpiRow,
    { totals, regional: regionalValues, submissions }: KpiValues,
  ): MeasuredKpi => {
    const rbm = toRbmKpi(
      row,
      (targetsByKpi.get(row.id) ?? []).map((t) => ({ year: t.year, value: t.value })),
    );
    const total = prepareKpi(rbm, rbmPlan, totals);
    const regional = new Map<number, PreparedKpi>();
    if (row.byRegion === 1)
      for (const region of regions)
        regional.set(region.id, withValues(total, regionalValues.get(region.id) ?? NO_QUARTERS));
    const outcomes = outcomesByKpi.get(row.id) ?? [];
    const targetsOfKpi = targetLinksByKpi.get(row.id) ?? [];
    return {
      id: row.id,
      code: row.code,
      name: row.name,
      rbm,
      byRegion: row.byRegion === 1,
      regionallyComparable: isRegionallyComparable(rbm),
      ownerPriorityId: row.ownerPriorityId,
      ownerPriorityCode: row.ownerPriorityCode,
      ownerSectorId: row.ownerSectorId,
      ownerSectorCode: row.ownerSectorCode,
      outcomeIds: unique(outcomes.map((o) => o.outcomeId)),
      priorityIds: unique([row.ownerPriorityId, ...outcomes.map((o) => o.priorityId)]),
      sectorIds: unique([row.ownerSectorId, ...outcomes.map((o) => o.sectorId)]),
      targetIds: unique(targetsOfKpi.map((t) => t.targetId)),
      goalIds: unique(targetsOfKpi.map((t) => t.goalId)),
      total,
      totalActuals: totals,
      regional,
      submissions,
    };
  };
  const measured = new Map<number, MeasuredKpi>();
  take = (chunk) => {
    for (const [id, values] of chunk) {
      const row = rowsById.get(id); // an inactive KPI's values are not measured
      if (!row) continue;
      const kpi = measure(row, values);
      measured.set(id, kpi);
      onMeasured?.(kpi, basis);
    }
  };
  for (const chunk of early.splice(0)) take(chunk);
  await read.values;
  return kpiRows.map((row) => measured.get(row.id) ?? measure(row, noValues()));
}

function assemble(
  plan: PlanRow,
  visibility: Visibility,
  revision: number,
  rbmPlan: RbmPlan,
  regions: PlanMeasurement['regions'],
  kpis: MeasuredKpi[],
  memory: FiguresMemory,
): PlanMeasurement {
  const sorted = [...kpis].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return {
    planId: plan.id,
    revision,
    visibility,
    rbmPlan,
    kpis: sorted,
    byId: new Map(sorted.map((k) => [k.id, k])),
    regions,
    memory,
  };
}

/**
 * A plan's whole measurement in one visibility. `memory` is where its figures will be kept (the caller may
 * have put figures computed ahead there, by `onMeasured`).
 */
export async function loadMeasurement(
  db: Db,
  plan: PlanRow,
  visibility: Visibility,
  revision: number,
  { memory = new FiguresMemory(), onMeasured }: { memory?: FiguresMemory; onMeasured?: OnMeasured } = {},
): Promise<PlanMeasurement> {
  const rbmPlan = toRbmPlan(plan);
  const regions = await repo.findRegions(db);
  const kpis = await loadKpis(db, plan, visibility, { rbmPlan, regions }, undefined, onMeasured);
  return assemble(plan, visibility, revision, rbmPlan, regions, kpis, memory);
}

/** The cached measurement brought up to `revision`: only the KPIs changed since are loaded again. */
export async function refreshMeasurement(
  db: Db,
  plan: PlanRow,
  cached: PlanMeasurement,
  revision: number,
): Promise<PlanMeasurement> {
  const rbmPlan = toRbmPlan(plan);
  const samePlan = JSON.stringify(rbmPlan) === JSON.stringify(cached.rbmPlan);
  const changed = samePlan
    ? (await repo.findKpisChangedSince(db, plan.id, cached.revision)).map((k) => k.id)
    : null;
  if (changed === null || changed.length > REFRESH_LIMIT)
    return loadMeasurement(db, plan, cached.visibility, revision);
  const fresh =
    changed.length === 0
      ? []
      : await loadKpis(db, plan, cached.visibility, { rbmPlan, regions: cached.regions }, changed);
  const changedIds = new Set(changed);
  const kept = cached.kpis.filter((k) => !changedIds.has(k.id));
  cached.memory.record(cached.revision, revision, changed);
  return assemble(
    plan,
    cached.visibility,
    revision,
    rbmPlan,
    cached.regions,
    [...kept, ...fresh],
    cached.memory,
  );
}

/** Beyond this many changed KPIs a full reload is as quick as a partial one. */
const REFRESH_LIMIT = 300;
