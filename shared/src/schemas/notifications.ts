// Notifications: the in-app inbox (a user's own notices, newest first) and each user's choice of what
// they receive, in the inbox and by e-mail, per kind of notice.
import { Type, type Static } from 'typebox';
import { LanguageSchema, LocalizedTextSchema, Nullable, StringEnum } from './common.ts';
import { PaginationQuerySchema, pageOf } from './figures.ts';

/**
 * - deadline_soon: a quarter of your priority is due in a few days and not submitted;
 * - deadline_passed: its due day has passed and it is still not submitted;
 * - review_waiting: a quarter in your scope was submitted and waits for your decision;
 * - review_returned / review_approved: a reviewer decided on your priority's quarter;
 * - weekly_digest: once a week, what is overdue, waiting and unread (off unless chosen).
 */
export const NOTIFICATION_KINDS = [
  'deadline_soon',
  'deadline_passed',
  'review_waiting',
  'review_returned',
  'review_approved',
  'weekly_digest',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
export const NotificationKindSchema = StringEnum(NOTIFICATION_KINDS, 'What the notice is about');

export const NotificationDigestSchema = Type.Object({
  overdue: Type.Integer({ description: 'Quarters of your priorities past their due day, not submitted' }),
  waiting: Type.Integer({ description: 'Submitted quarters in your scope waiting for a decision' }),
  unread: Type.Integer({ description: 'Unread notices in your inbox' }),
});

export const NotificationSchema = Type.Object({
  id: Type.Integer(),
  kind: NotificationKindSchema,
  createdAt: Type.String({ description: 'ISO-8601 time the notice was recorded' }),
  read: Type.Boolean(),
  plan: Type.String({ description: 'Plan code' }),
  priority: Nullable(Type.Object({ code: Type.String(), name: LocalizedTextSchema })),
  period: Nullable(Type.String({ description: 'The quarter concerned (YYYY-Qn)' })),
  dueDate: Nullable(Type.String({ description: "The quarter's due day (YYYY-MM-DD)" })),
  returnedKpis: Nullable(Type.Array(Type.String(), { description: 'KPI codes sent back (returned)' })),
  digest: Nullable(NotificationDigestSchema),
});
export type Notification = Static<typeof NotificationSchema>;

export const NotificationListQuerySchema = Type.Object({
  unread: Type.Optional(Type.Boolean({ description: 'Only unread notices' })),
  lang: Type.Optional(LanguageSchema),
  ...PaginationQuerySchema.properties,
});
export type NotificationListQuery = Static<typeof NotificationListQuerySchema>;

export const NotificationListSchema = Type.Object({
  ...pageOf(NotificationSchema).properties,
  unread: Type.Integer({ description: 'Unread notices in the inbox, over every page' }),
});
export type NotificationList = Static<typeof NotificationListSchema>;

export const UnreadCountSchema = Type.Object({ unread: Type.Integer() });
export type UnreadCount = Static<typeof UnreadCountSchema>;

export const NotificationParamsSchema = Type.Object({ id: Type.Integer({ minimum: 1 }) });

export const MarkAllReadSchema = Type.Object({
  marked: Type.Integer({ description: 'Notices marked read by this request' }),
  unread: Type.Integer(),
});
export type MarkAllRead = Static<typeof MarkAllReadSchema>;

export const NotificationChoiceSchema = Type.Object({
  kind: NotificationKindSchema,
  inbox: Type.Boolean({ description: 'Shown in the inbox' }),
  email: Type.Boolean({ description: 'Sent by e-mail (needs an address and a configured mail server)' }),
});
export type NotificationChoice = Static<typeof NotificationChoiceSchema>;

export const NotificationPreferencesSchema = Type.Object({
  kinds: Type.Array(NotificationChoiceSchema, { description: 'Every kind, in a fixed order' }),
  email: Nullable(Type.String({ description: "The address e-mails go to (the user's account)" })),
  mailConfigured: Type.Boolean({ description: 'Whether the server can send e-mail at all' }),
  language: LanguageSchema,
});
export type NotificationPreferences = Static<typeof NotificationPreferencesSchema>;

export const NotificationPreferencesBodySchema = Type.Object(
  {
    kinds: Type.Array(NotificationChoiceSchema, {
      minItems: 1,
      maxItems: NOTIFICATION_KINDS.length,
      description: 'The kinds to change; those not named keep their choice',
    }),
  },
  { additionalProperties: false },
);
export type NotificationPreferencesBody = Static<typeof NotificationPreferencesBodySchema>;
