// Signing in and the signed-in user as the client sees them.
import { Type, type Static } from 'typebox';
import { PERMISSIONS } from '../permissions.ts';
import { ROLES } from '../domain.ts';
import { LanguageSchema, StringEnum } from './common.ts';

export const RoleSchema = StringEnum(ROLES, 'admin, planner, reviewer or viewer');
export const PermissionSchema = StringEnum(PERMISSIONS);

/** The thematic priorities a planner or reviewer works on: whole Sectors and/or single priorities. */
export const UserScopeSchema = Type.Object({
  sectors: Type.Array(Type.String(), { description: 'Sector codes, e.g. ITU-D' }),
  priorities: Type.Array(Type.String(), { description: 'Thematic priority codes, e.g. KAP-1' }),
});
export type UserScope = Static<typeof UserScopeSchema>;

export const SessionUserSchema = Type.Object({
  id: Type.Integer(),
  username: Type.String(),
  displayName: Type.String(),
  role: RoleSchema,
  language: LanguageSchema,
  scope: UserScopeSchema,
  permissions: Type.Array(PermissionSchema),
});
export type SessionUser = Static<typeof SessionUserSchema>;

export const LoginBodySchema = Type.Object(
  {
    username: Type.String({ minLength: 1, maxLength: 100 }),
    password: Type.String({ minLength: 1, maxLength: 200 }),
  },
  { additionalProperties: false },
);
export type LoginBody = Static<typeof LoginBodySchema>;

export const SessionSchema = Type.Object({
  user: SessionUserSchema,
  csrfToken: Type.String({ description: 'Send it as the x-csrf-token header on every change' }),
  expiresAt: Type.String({ description: 'When the session ends at the latest (idle time ends it sooner)' }),
});
export type Session = Static<typeof SessionSchema>;

export const LanguageBodySchema = Type.Object({ language: LanguageSchema }, { additionalProperties: false });
