// Every write runs in a transaction with its audit row (actor, time, entity, before, after) and raises the
// data revision, so a change is either complete and traced, or not there at all. On SQLite, writes that
// arrive together share one transaction, each in its own savepoint (db/commit-group.ts).
import { joinCommitGroup, sharesCommits } from '../../db/commit-group.ts';
import type { Db } from '../../db/connection.ts';
import type { Actor } from '../../lib/actor.ts';
import type { ServiceContext } from '../../lib/service-context.ts';
import { currentDataRevision, insertAuditEntry, writeTrail } from './audit.repository.ts';

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

/** An audit row of `record` by `context.actor` at `at` (the write's time, as ISO text). */
function auditRow(context: Omit<AuditContext, 'db' | 'now'>, at: string, record: AuditRecord) {
  return {
    at,
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
  await insertAuditEntry(ctx.db, auditRow(ctx, ctx.now.toISOString(), record));
}

/** The audit rows of a write and the KPIs it touched, written when its work is done. */
interface AuditTrail {
  rows: Array<ReturnType<typeof auditRow>>;
  touched: Set<number>;
}

function newTrail(context: WriteContext): { trail: AuditTrail; audit: Audit } {
  const trail: AuditTrail = { rows: [], touched: new Set() };
  // one time for the write's rows (a batch audits a thousand)
  const at = context.now.toISOString();
  const audit: Audit = async (record) => {
    const { kpiIds } = record;
    if (typeof kpiIds === 'number') trail.touched.add(kpiIds);
    else for (const id of kpiIds ?? []) trail.touched.add(id);
    trail.rows.push(auditRow(context, at, record));
  };
  return { trail, audit };
}

/**
 * The rows of the writes' trails in one go (a batch or an import audits thousands of values; a commit group
 * holds several writes), in their order, and one raise of the data revision for the KPIs they touched. A
 * write that changed nothing needs no trace; one that changed something must have left one.
 */
async function writeTrails(tx: Db, trails: readonly AuditTrail[]): Promise<void> {
  const rows = trails.flatMap((t) => t.rows);
  if (rows.length === 0) return;
  const touched = new Set(trails.flatMap((t) => [...t.touched]));
  await writeTrail(tx, rows, [...touched]);
}

/**
 * Runs `work` in a transaction with its audit: complete and traced, or not there at all. On SQLite, writes
 * that arrive together share one commit (db/commit-group.ts), each still all-or-nothing on its own.
 */
export async function auditedWrite<T>(
  db: Db,
  context: WriteContext,
  work: (tx: Db, audit: Audit) => Promise<T>,
): Promise<T> {
  if (sharesCommits(db)) {
    return joinCommitGroup(db, writeTrails, async (tx) => {
      const { trail, audit } = newTrail(context);
      return { result: await work(tx, audit), member: trail };
    });
  }
  return db.transaction().execute(async (tx) => {
    const { trail, audit } = newTrail(context);
    const result = await work(tx, audit);
    await writeTrails(tx, [trail]);
    return result;
  });
}

/** The revision of the plan data now: cached figures older than it are stale. */
export async function dataRevision(ctx: Pick<ServiceContext, 'db'>): Promise<number> {
  return currentDataRevision(ctx.db);
}
