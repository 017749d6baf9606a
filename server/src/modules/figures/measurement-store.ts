// The figures' cache: each plan's prepared measurement and the results derived from it, per data revision.
import type { Db } from '../../db/connection.ts';
import type { PlanRow } from '../../db/schema.ts';
import { dataRevision } from '../audit/audit.service.ts';
import { figuresAhead } from './figure-index.ts';
import { FiguresMemory } from './figures-memory.ts';
import { loadMeasurement, refreshMeasurement, type PlanMeasurement } from './measurement.ts';
import type { Visibility } from './visibility.ts';

/**
 * Holds each plan's prepared measurement and results derived from it, for as long as the data
 * revision stays the same. Reading the revision is one indexed row, so a cache hit costs almost nothing
 * and a write (which raises the revision in its own transaction) is visible to the next request.
 */
export class MeasurementStore {
  private readonly measurements = new Map<string, Promise<PlanMeasurement>>();
  private readonly derived = new Map<string, unknown>();

  constructor(private readonly maxDerived = 200) {}

  /**
   * The plan's measurement as of the current revision. A request that will want one period's figures names it
   * (`ahead`): when the plan has to be read in full, that period's parts are worked out as its KPIs come in.
   */
  async get(
    db: Db,
    plan: PlanRow,
    visibility: Visibility,
    ahead?: { period: string; now: Date },
  ): Promise<PlanMeasurement> {
    const revision = await dataRevision({ db });
    const key = `${plan.id}|${visibility}`;
    const cached = this.measurements.get(key);
    const previous = cached ? await cached.catch(() => null) : null;
    if (previous && previous.revision === revision) return previous;
    const loading =
      previous && previous.revision < revision
        ? refreshMeasurement(db, plan, previous, revision)
        : loadFresh(db, plan, visibility, revision, ahead);
    this.measurements.set(key, loading);
    loading.catch(() => this.measurements.delete(key));
    return loading;
  }

  /** A result computed from one measurement, kept until the revision changes (oldest dropped first). */
  memo<T>(measurement: PlanMeasurement, key: string, compute: () => T): T {
    const fullKey = `${measurement.planId}|${measurement.visibility}|${measurement.revision}|${key}`;
    if (this.derived.has(fullKey)) return this.derived.get(fullKey) as T;
    const value = compute();
    if (this.derived.size >= this.maxDerived) {
      const oldest = this.derived.keys().next().value;
      if (oldest !== undefined) this.derived.delete(oldest);
    }
    this.derived.set(fullKey, value);
    return value;
  }
}

function loadFresh(
  db: Db,
  plan: PlanRow,
  visibility: Visibility,
  revision: number,
  ahead: { period: string; now: Date } | undefined,
): Promise<PlanMeasurement> {
  if (!ahead) return loadMeasurement(db, plan, visibility, revision);
  const memory = new FiguresMemory();
  const onMeasured = figuresAhead(memory, ahead.period, ahead.now);
  return loadMeasurement(db, plan, visibility, revision, { memory, onMeasured });
}
