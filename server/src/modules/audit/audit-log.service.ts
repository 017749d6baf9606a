// Reads the audit log for the API: newest first, one page at a time, JSON snapshots parsed.
import type { AuditEntry, AuditLog, AuditQuery } from '@rbm/shared/schemas';
import type { Db } from '../../db/connection.ts';
import type { AuditLogTable } from '../../db/schema.ts';
import { badRequest } from '../../errors.ts';
import type { Selectable } from 'kysely';
import { countAuditEntries, findAuditEntries } from './audit.repository.ts';

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
export async function listAuditEntries(db: Db, query: AuditQuery): Promise<AuditLog> {
  if (query.id !== undefined && query.entity === undefined) {
    throw badRequest('entity_required', 'Filtering by id needs the entity it belongs to', [
      {
        field: 'querystring.entity',
        code: 'entity_required',
        message: 'querystring.entity is required with id',
      },
    ]);
  }
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
