// Every write runs in one transaction with its audit row (actor, time, entity, before, after) and
// raises the data revision, so a change is either complete and traced, or not there at all.
import type { Db } from '../../db/connection.ts';
import type { Actor } from '../../lib/actor.ts';
import type { ServiceContext } from '../../lib/service-context.ts';
import {
  bumpDataRevision,
  currentDataRevision,
  insertAuditEntries,
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

function auditRow(context: Omit<AuditContext, 'db'>, record: AuditRecord) {
  return {
    at: context.now.toISOString(),
    actorId: context.actor.userId,
    actor: context.actor.username,
    action: record.action,
    entity: record.entity,
    entityId: String(record.entityId),
    beforeJson: record.before === undefined ? null : JSON.stringify(record.before),
    afterJson: record.after === undefined ? null : JSON.stringify(record.after),
    reason: record.reason ?? null,
  };
}

/** Who did it and when, for an entry written outside `auditedWrite` (signing in and out). */
export interface AuditContext extends ServiceContext {
  actor: Pick<Actor, 'userId' | 'username'>;
}

/**
 * One audit row inside the caller's transaction (`ctx.db`), for an event that changes no figures: the data
 * revision is not raised. Every change to plan data goes through `auditedWrite` instead.
 */
export async function recordAuditEntry(
  ctx: AuditContext,
  record: Omit<AuditRecord, 'kpiIds'>,
): Promise<void> {
  await insertAuditEntry(ctx.db, auditRow(ctx, record));
}

export async function auditedWrite<T>(
  db: Db,
  context: WriteContext,
  work: (tx: Db, audit: Audit) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (tx) => {
    // The rows wait for the end of the work and go in together (a batch or an import audits thousands of
    // values): the same rows in the same order, in the same transaction.
    const rows: Array<ReturnType<typeof auditRow>> = [];
    const touched = new Set<number>();
    const audit: Audit = async (record) => {
      const { kpiIds } = record;
      if (typeof kpiIds === 'number') touched.add(kpiIds);
      else for (const id of kpiIds ?? []) touched.add(id);
      rows.push(auditRow(context, record));
    };
    const result = await work(tx, audit);
    // A write that changed nothing needs no trace; one that changed something must have left one.
    if (rows.length > 0) {
      await insertAuditEntries(tx, rows);
      await markKpisChanged(tx, [...touched], await bumpDataRevision(tx));
    }
    return result;
  });
}

/** The revision of the plan data now: cached figures older than it are stale. */
export async function dataRevision(ctx: Pick<ServiceContext, 'db'>): Promise<number> {
  return currentDataRevision(ctx.db);
}
