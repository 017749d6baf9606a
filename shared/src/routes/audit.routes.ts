// The audit log is read-only through the API: there is no route that changes or removes an entry.
import { AuditLogSchema, AuditQuerySchema } from '../schemas/audit.ts';
import { problems, route } from './route.ts';

export const auditRoutes = {
  listAuditEntries: route({
    method: 'GET',
    url: '/api/audit',
    auth: { permission: 'audit:read', scope: 'service' },
    schema: {
      summary: 'The audit log, newest first, optionally of one entity',
      description:
        '`id` needs `entity` (400 entity_required). An id with no entries answers an empty page, not 404.',
      tags: ['audit'],
      querystring: AuditQuerySchema,
      response: { 200: AuditLogSchema, ...problems },
    },
  }),
} as const;
