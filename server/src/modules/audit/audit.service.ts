// Every write runs in one transaction with its audit row (actor, time, entity, before, after) and
// raises the data revision, so a change is either complete and traced, or not there at all.
import type { Db } from '../../db/connection.ts';
import type { Actor } from '../../lib/actor.ts';
import {
  bumpDataRevision,
  currentDataRevision,
  insertAuditEntry,
  markKpisChanged,
} from './audit.repository.ts';

export interface AuditRecord {
  action: string;
  entity: string;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
  /** The KPIs whose figures the change affects (their values, targets, definition or links). */
  kpiIds?: number | readonly number[];
}

export type Audit = (record: AuditRecord) => Promise<void>;

export interface WriteContext {
  actor: Actor;
  now: Date;
}

export async function auditedWrite<T>(
  db: Db,
  context: WriteContext,
  work: (tx: Db, audit: Audit) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (tx) => {
    let audited = 0;
    const touched = new Set<number>();
    const audit: Audit = async (record) => {
      audited += 1;
      for (const id of [record.kpiIds ?? []].flat()) touched.add(id);
      await insertAuditEntry(tx, {
        at: context.now.toISOString(),
        actorId: context.actor.userId,
        actor: context.actor.username,
        action: record.action,
        entity: record.entity,
        entityId: String(record.entityId),
        beforeJson: record.before === undefined ? null : JSON.stringify(record.before),
        afterJson: record.after === undefined ? null : JSON.stringify(record.after),
        reason: record.reason ?? null,
      });
    };
    const result = await work(tx, audit);
    // A write that changed nothing needs no trace; one that changed something must have left one.
    if (audited > 0) await markKpisChanged(tx, [...touched], await bumpDataRevision(tx));
    return result;
  });
}

/** The data revision every audited write raises: read models (the figures) are valid for one revision. */
export function dataRevision(db: Db): Promise<number> {
  return currentDataRevision(db);
}
