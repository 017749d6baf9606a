// The audit log as the API reads it: newest first, filterable by entity, never changed through the API.
import { Type, type Static } from 'typebox';
import { Nullable, StringEnum } from './common.ts';
import { PaginationQuerySchema, pageOf } from './figures.ts';

/**
 * The entity names the server writes into the audit log (`audit({ entity })`). A module that audits a
 * new kind of entity adds its name here, so the log can be filtered by it.
 */
export const AUDIT_ENTITIES = [
  'plan',
  'kpi',
  'kpi_annual_target',
  'kpi_value',
  'quarterly_review',
  'review_action_item',
  'user',
  'api_token',
  'translation',
  'notification',
  'notification_preference',
  // the framework's items (framework-items and the framework import) and a KPI's outcome/output links
  'goal',
  'target',
  'thematic_priority',
  'outcome',
  'output',
  'kpi_links',
] as const;
export const AuditEntitySchema = StringEnum(AUDIT_ENTITIES, 'What kind of thing was changed');

export const AuditQuerySchema = Type.Object({
  entity: Type.Optional(AuditEntitySchema),
  id: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 100,
      description: 'The entity id (needs `entity`); an annual target is `<kpiId>:<year>`',
    }),
  ),
  ...PaginationQuerySchema.properties,
});
export type AuditQuery = Static<typeof AuditQuerySchema>;

export const AuditEntrySchema = Type.Object({
  id: Type.Integer(),
  at: Type.String({ description: 'ISO-8601 time of the change' }),
  actor: Type.String({ description: 'Username of who made the change (system before sign-in)' }),
  action: Type.String(),
  entity: Type.String(),
  entityId: Type.String(),
  before: Type.Unknown({ description: 'The changed fields before (null when created)' }),
  after: Type.Unknown({ description: 'The changed fields after (null when removed)' }),
  reason: Nullable(Type.String()),
});
export type AuditEntry = Static<typeof AuditEntrySchema>;

export const AuditLogSchema = pageOf(AuditEntrySchema);
export type AuditLog = Static<typeof AuditLogSchema>;
