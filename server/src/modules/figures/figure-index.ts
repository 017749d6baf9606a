// The roll-ups of one period kept up to date by difference. A period's figures hold each KPI's part (its
// assessments and timeliness counts, kpi-figures.ts) and each group's members; after a write only the changed
// KPIs are assessed again, they leave and re-enter their groups, and only those groups (and the plan) are
// rolled up again, from the parts already held. The roll-up itself is the RBM module's `rollUp` over the
// group's members in the plan's KPI order, so the figures are exactly those of a full computation.
import { rollUp } from '@rbm/shared/rbm';
import type { RollUpFigures } from '@rbm/shared/schemas';
import {
  assess,
  countsInRegions,
  GROUPINGS,
  groupsOf,
  item,
  momentKey,
  deadlinesOf,
  reportingOf,
  type Grouping,
  type Item,
  type Deadline,
  type Reporting,
} from './kpi-figures.ts';
import type { FiguresMemory } from './figures-memory.ts';
import type { MeasuredKpi, MeasurementBasis, OnMeasured, PlanMeasurement } from './measurement.ts';

/** A grouping, or the whole plan as one group (id 0). */
export type Scope = Grouping | 'plan';
const SCOPES: readonly Scope[] = ['plan', ...GROUPINGS];
const PLAN_GROUP = [0];

interface Entry {
  kpi: MeasuredKpi;
  total: Item;
  /** Its item in each region's roll-up; empty when it does not count in the regions. */
  regions: Map<number, Item>;
  reporting: Reporting;
}

export interface PeriodFigures {
  revision: number;
  entries: Map<number, Entry>;
  /** Each group's members, in the measurement's KPI order (by code). */
  members: Record<Scope, Map<number, Entry[]>>;
  /** Replaced, never changed, when groups are rolled up again (a caller may hold the previous one). */
  rollUps: Record<Scope, ReadonlyMap<number, RollUpFigures>>;
  /** Groups whose members changed since their roll-up was computed (rollUpsOf brings them up to date). */
  dirty: Record<Scope, Set<number>>;
}

/** Beyond this many changed KPIs, computing the period again is as quick as updating it. */
const UPDATE_LIMIT = 500;

function groupIds(kpi: MeasuredKpi, scope: Scope, measurement: PlanMeasurement): readonly number[] {
  if (scope === 'plan') return PLAN_GROUP;
  if (scope === 'region') return countsInRegions(kpi) ? measurement.regions.map((r) => r.id) : [];
  return groupsOf(kpi, scope);
}

/** Where parts computed ahead for a moment (momentKey) wait in the memory until its figures are built. */
export const aheadKey = (key: string) => `ahead|${key}`;

function entryOf(
  kpi: MeasuredKpi,
  measurement: MeasurementBasis,
  period: string,
  now: Date,
  deadlines: readonly Deadline[],
): Entry {
  const regions = new Map<number, Item>();
  if (countsInRegions(kpi))
    for (const r of measurement.regions) regions.set(r.id, item(kpi, assess(kpi, period, now, r.id), r.id));
  return {
    kpi,
    total: item(kpi, assess(kpi, period, now), null),
    regions,
    reporting: reportingOf(kpi, measurement.rbmPlan, deadlines),
  };
}

/** A group's roll-up from its members' parts; regions have no timeliness (it is per KPI). */
function figuresOf(
  scope: Scope,
  groupId: number,
  members: readonly Entry[],
  measurement: PlanMeasurement,
): RollUpFigures {
  const thresholds = measurement.rbmPlan.thresholds;
  if (scope === 'region') {
    const items = members.map((e) => e.regions.get(groupId) as Item);
    return { ...rollUp(items, thresholds), timeliness: null };
  }
  let due = 0;
  let onTime = 0;
  for (const { reporting } of members) {
    due += reporting.due;
    onTime += reporting.onTime;
  }
  return {
    ...rollUp(
      members.map((e) => e.total),
      thresholds,
    ),
    timeliness: due === 0 ? null : onTime / due,
  };
}

function scopeRecord<T>(make: () => T): Record<Scope, T> {
  return Object.fromEntries(SCOPES.map((s) => [s, make()])) as Record<Scope, T>;
}

/**
 * The parts of a period's figures computed while the plan is being read: `onMeasured` for loadMeasurement,
 * which works out each KPI's part (its assessments and timeliness counts) as soon as the KPI is prepared, in
 * the time this thread would otherwise wait for the next chunk of values. The part is the one build() would
 * compute (same KPI, plan, regions, period and moment); build() takes it from `memory` instead of computing it.
 */
export function figuresAhead(memory: FiguresMemory, period: string, now: Date): OnMeasured {
  let ahead: { entries: Map<number, Entry>; deadlines: Deadline[] } | undefined;
  return (kpi, basis) => {
    if (ahead === undefined) {
      ahead = { entries: new Map(), deadlines: deadlinesOf(basis.rbmPlan, period, now) };
      memory.set(aheadKey(momentKey(basis.rbmPlan, period, now)), ahead.entries);
    }
    ahead.entries.set(kpi.id, entryOf(kpi, basis, period, now, ahead.deadlines));
  };
}

function build(
  measurement: PlanMeasurement,
  period: string,
  now: Date,
  ahead?: ReadonlyMap<number, Entry>,
): PeriodFigures {
  const deadlines = deadlinesOf(measurement.rbmPlan, period, now);
  const entries = new Map<number, Entry>();
  const members = scopeRecord(() => new Map<number, Entry[]>());
  for (const kpi of measurement.kpis) {
    const early = ahead?.get(kpi.id);
    const entry = early?.kpi === kpi ? early : entryOf(kpi, measurement, period, now, deadlines);
    entries.set(kpi.id, entry);
    for (const scope of SCOPES)
      for (const id of groupIds(kpi, scope, measurement)) {
        const list = members[scope].get(id);
        if (list) list.push(entry);
        else members[scope].set(id, [entry]);
      }
  }
  const rollUps = scopeRecord(() => new Map<number, RollUpFigures>());
  for (const scope of SCOPES)
    for (const [id, list] of members[scope]) rollUps[scope].set(id, figuresOf(scope, id, list, measurement));
  const dirty = scopeRecord(() => new Set<number>());
  return { revision: measurement.revision, entries, members, rollUps, dirty };
}

/** Where a KPI with this code goes among members ordered by code (after equal codes, as a refresh sorts). */
function insertionPoint(list: readonly Entry[], code: string): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((list[mid] as Entry).kpi.code <= code) low = mid + 1;
    else high = mid;
  }
  return low;
}

const sameItem = (a: Item, b: Item) =>
  Object.is(a.weight, b.weight) &&
  a.direction === b.direction &&
  a.assessment.status === b.assessment.status &&
  Object.is(a.assessment.ratio, b.assessment.ratio) &&
  Object.is(a.assessment.actual, b.assessment.actual) &&
  a.assessment.due === b.assessment.due;

const sameIds = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((id, i) => id === b[i]);

/** Whether every roll-up that counts the KPI comes out the same with either part (same place, same figures). */
function samePart(a: Entry, b: Entry, measurement: PlanMeasurement): boolean {
  if (a.kpi.code !== b.kpi.code || a.reporting.due !== b.reporting.due) return false;
  if (a.reporting.onTime !== b.reporting.onTime || !sameItem(a.total, b.total)) return false;
  if (a.regions.size !== b.regions.size) return false;
  for (const [id, item] of a.regions) {
    const other = b.regions.get(id);
    if (other === undefined || !sameItem(item, other)) return false;
  }
  return SCOPES.every((s) => sameIds(groupIds(a.kpi, s, measurement), groupIds(b.kpi, s, measurement)));
}

/**
 * Brings the figures to the measurement's revision: a changed KPI whose part is the same (a draft written
 * where these figures do not look) takes its old place; others leave their groups and come back, and those
 * groups are marked to be rolled up again when next asked for.
 */
function update(
  figures: PeriodFigures,
  measurement: PlanMeasurement,
  changed: ReadonlySet<number>,
  period: string,
  now: Date,
): void {
  const deadlines = deadlinesOf(measurement.rbmPlan, period, now);
  for (const id of changed) {
    const old = figures.entries.get(id);
    const kpi = measurement.byId.get(id);
    const entry = kpi && entryOf(kpi, measurement, period, now, deadlines);
    const keepsPlace = old !== undefined && entry !== undefined && samePart(old, entry, measurement);
    for (const scope of SCOPES) {
      for (const groupId of old ? groupIds(old.kpi, scope, measurement) : []) {
        const list = figures.members[scope].get(groupId) ?? [];
        const at = list.indexOf(old as Entry);
        if (keepsPlace) list[at] = entry;
        else {
          list.splice(at, 1);
          figures.dirty[scope].add(groupId);
        }
      }
      if (keepsPlace || !kpi || !entry) continue;
      for (const groupId of groupIds(kpi, scope, measurement)) {
        const list = figures.members[scope].get(groupId);
        if (list) list.splice(insertionPoint(list, kpi.code), 0, entry);
        else figures.members[scope].set(groupId, [entry]);
        figures.dirty[scope].add(groupId);
      }
    }
    if (entry) figures.entries.set(id, entry);
    else figures.entries.delete(id);
  }
  figures.revision = measurement.revision;
}

/** The roll-ups of one grouping, its groups changed since last asked for rolled up again. */
export function rollUpsOf(
  figures: PeriodFigures,
  scope: Scope,
  measurement: PlanMeasurement,
): ReadonlyMap<number, RollUpFigures> {
  const dirty = figures.dirty[scope];
  if (dirty.size === 0) return figures.rollUps[scope];
  const next = new Map(figures.rollUps[scope]);
  for (const groupId of dirty) {
    const list = figures.members[scope].get(groupId);
    if (list === undefined || list.length === 0) {
      figures.members[scope].delete(groupId);
      next.delete(groupId);
    } else next.set(groupId, figuresOf(scope, groupId, list, measurement));
  }
  dirty.clear();
  figures.rollUps[scope] = next;
  return next;
}

/**
 * The figures of a period as of the measurement's revision: kept ones when current, else the kept ones
 * updated by the KPIs changed since (when those are known), else computed for every KPI.
 */
export function periodFigures(measurement: PlanMeasurement, period: string, now: Date): PeriodFigures {
  const { memory, revision } = measurement;
  const key = momentKey(measurement.rbmPlan, period, now);
  const kept = memory.get<PeriodFigures>(key);
  if (kept?.revision === revision) return kept;
  if (kept && kept.revision < revision) {
    const changed = memory.changedBetween(kept.revision, revision);
    if (changed !== null && changed.size <= UPDATE_LIMIT) {
      update(kept, measurement, changed, period, now);
      return kept;
    }
  }
  const ahead = memory.take<Map<number, Entry>>(aheadKey(key));
  const built = build(measurement, period, now, ahead);
  // a request still reading an older revision gets its own figures, without replacing newer ones
  if (kept === undefined || kept.revision < revision) memory.set(key, built);
  return built;
}

/**
 * The roll-up of any set of the plan's KPIs (an intersectoral theme's), from the same parts as every group's:
 * each KPI counts once however often it is named, in the plan's KPI order, with its timeliness.
 */
export function rollUpOfKpis(
  measurement: PlanMeasurement,
  kpiIds: Iterable<number>,
  period: string,
  now: Date,
): RollUpFigures {
  const figures = periodFigures(measurement, period, now);
  const wanted = new Set(kpiIds);
  const members = measurement.kpis.flatMap((k) => {
    const entry = wanted.has(k.id) ? figures.entries.get(k.id) : undefined;
    return entry ? [entry] : [];
  });
  return figuresOf('plan', 0, members, measurement);
}
