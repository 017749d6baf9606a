// Reads the audit log for the API: newest first, one page at a time, JSON snapshots parsed.
import type { AuditEntry, AuditLog, AuditQuery } from '@rbm/shared/schemas';
import type { Db } from '../../db/connection.ts';
import type { AuditLogTable } from '../../db/schema.ts';
import { AppError, badRequest } from '../../errors.ts';
import type { Actor } from '../../lib/actor.ts';
import type { ServiceContext } from '../../lib/service-context.ts';
import type { Selectable } from 'kysely';
import {
  countAuditEntries,
  findAuditEntries,
  findKpiPriority,
  findReviewPriority,
  findValuePriority,
} from './audit.repository.ts';

const DEFAULT_PAGE_SIZE = 50;

/** A stored snapshot as JSON; text that is not JSON (never written by auditedWrite) is shown as it is. */
function parseSnapshot(json: string | null): unknown {
  if (json === null) return null;
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return json;
  }
}

function toAuditEntry(row: Selectable<AuditLogTable>): AuditEntry {
  return {
    id: row.id,
    at: row.at,
    actor: row.actor,
    action: row.action,
    entity: row.entity,
    entityId: row.entityId,
    before: parseSnapshot(row.beforeJson),
    after: parseSnapshot(row.afterJson),
    reason: row.reason,
  };
}

/** One page of the log, optionally of one entity kind or one entity; an id with no entries is an empty page. */
/** The thematic priority an audited entity belongs to, for the entities planners and reviewers may trace. */
async function priorityOfEntity(db: Db, entity: string, id: string): Promise<number | null | undefined> {
  if (entity === 'kpi_value') {
    // a deleted value has no row: its KPI is named in the log entry itself
    return (await findValuePriority(db, Number(id))) ?? null;
  }
  if (entity === 'kpi' || entity === 'kpi_annual_target') {
    return (await findKpiPriority(db, Number(id.split(':')[0]))) ?? null;
  }
  if (entity === 'quarterly_review') return (await findReviewPriority(db, Number(id))) ?? null;
  return undefined;
}

/**
 * Admins read the whole log. Planners and reviewers read the history of one value, KPI or review of a
 * priority in their scope (the drafts of other priorities stay theirs).
 */
async function checkAuditScope(db: Db, actor: Actor, query: AuditQuery): Promise<void> {
  if (actor.priorityIds === null) return;
  if (query.entity === undefined || query.id === undefined) {
    throw new AppError(403, 'forbidden', 'Ask for the history of one value, KPI or review (entity and id)');
  }
  const priority = await priorityOfEntity(db, query.entity, query.id);
  if (priority === undefined)
    throw new AppError(403, 'forbidden', `The ${query.entity} log is for administrators`);
  if (priority !== null && !actor.priorityIds.has(priority)) {
    throw new AppError(403, 'out_of_scope', 'This belongs to a thematic priority outside your scope');
  }
}

/** Reading the log is scoped by who asks. */
export interface AuditReadContext extends ServiceContext {
  actor: Actor;
}

export async function listAuditEntries(ctx: AuditReadContext, query: AuditQuery): Promise<AuditLog> {
  const { db, actor } = ctx;
  if (query.id !== undefined && query.entity === undefined) {
    throw badRequest('entity_required', 'Filtering by id needs the entity it belongs to', [
      {
        field: 'querystring.entity',
        code: 'entity_required',
        message: 'querystring.entity is required with id',
      },
    ]);
  }
  await checkAuditScope(db, actor, query);
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
  const filter = { entity: query.entity, entityId: query.id };
  const offset = (page - 1) * pageSize;
  const [rows, total] = await Promise.all([
    // a page past any possible row needs no query (and an offset beyond 2^53 would not fit the database)
    Number.isSafeInteger(offset) ? findAuditEntries(db, { ...filter, limit: pageSize, offset }) : [],
    countAuditEntries(db, filter),
  ]);
  return { items: rows.map(toAuditEntry), total, page, pageSize };
}

/** Every entry of one entity, oldest first, for a module that has already decided who may read it. */
export async function entityHistory(
  ctx: ServiceContext,
  input: { entity: string; id: number },
): Promise<AuditEntry[]> {
  const rows = await findAuditEntries(ctx.db, {
    entity: input.entity,
    entityId: String(input.id),
    limit: 1000,
    offset: 0,
  });
  return rows.map(toAuditEntry).reverse();
}
