// The audit log is read-only through the API: one GET, and no route that updates or deletes an entry.
import { api } from '@rbm/shared/api';
import type { AppInstance } from '../../app-instance.ts';
import { listAuditEntries } from './audit-log.service.ts';

export async function auditRoutes(app: AppInstance): Promise<void> {
  app.get(api.listAuditEntries.url, { schema: api.listAuditEntries.schema }, async (request) =>
    listAuditEntries({ db: app.db, now: app.now(), actor: request.actor }, request.query),
  );
}
