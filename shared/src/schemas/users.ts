// User administration: accounts, roles, scopes, passwords and personal API tokens. Users are never
// deleted (the audit log keeps their name); they are deactivated.
import { Type, type Static } from 'typebox';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../passwords.ts';
import { LanguageSchema, Nullable } from './common.ts';
import { RoleSchema, UserScopeSchema } from './auth.ts';

export const UserIdParamsSchema = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2147483647 }) });
export const TokenParamsSchema = Type.Object({
  id: Type.Integer({ minimum: 1, maximum: 2147483647 }),
  tokenId: Type.Integer({ minimum: 1, maximum: 2147483647 }),
});

export const UserSchema = Type.Object({
  id: Type.Integer(),
  username: Type.String(),
  displayName: Type.String(),
  email: Nullable(Type.String()),
  role: RoleSchema,
  active: Type.Boolean(),
  language: LanguageSchema,
  scope: UserScopeSchema,
  createdAt: Type.String(),
  updatedAt: Type.String(),
});
export type User = Static<typeof UserSchema>;

export const UserListSchema = Type.Object({ items: Type.Array(UserSchema) });

/** The server checks the policy (shared/src/passwords.ts) itself, to answer 422 with the reason. */
export const PasswordSchema = Type.String({
  maxLength: MAX_PASSWORD_LENGTH,
  description:
    `At least ${MIN_PASSWORD_LENGTH} characters; not only spaces, not the username or built around it, not a ` +
    'character or short pattern repeated, not a run such as abcd or 1234, not a common password. ' +
    'A refused password gets 422 with a code per reason (password_too_short, password_too_common...).',
});

export const CreateUserBodySchema = Type.Object(
  {
    username: Type.String({
      pattern: '^[a-z0-9][a-z0-9._-]{1,49}$',
      description: 'lower case, digits, . _ -',
    }),
    displayName: Type.String({ minLength: 1, maxLength: 200 }),
    email: Type.Optional(Nullable(Type.String({ maxLength: 200, pattern: '^[^@\\s]+@[^@\\s]+$' }))),
    role: RoleSchema,
    password: PasswordSchema,
    language: Type.Optional(LanguageSchema),
    scope: Type.Optional(UserScopeSchema),
  },
  { additionalProperties: false },
);
export type CreateUserBody = Static<typeof CreateUserBodySchema>;

export const UpdateUserBodySchema = Type.Object(
  {
    displayName: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    email: Type.Optional(Nullable(Type.String({ maxLength: 200, pattern: '^[^@\\s]+@[^@\\s]+$' }))),
    role: Type.Optional(RoleSchema),
    active: Type.Optional(
      Type.Boolean({ description: 'false deactivates the account and ends its sessions' }),
    ),
    language: Type.Optional(LanguageSchema),
    scope: Type.Optional(UserScopeSchema),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateUserBody = Static<typeof UpdateUserBodySchema>;

export const ResetPasswordBodySchema = Type.Object(
  { password: PasswordSchema },
  { additionalProperties: false },
);

export const ApiTokenSchema = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  createdAt: Type.String(),
  createdBy: Nullable(Type.String()),
  lastUsedAt: Nullable(Type.String()),
  revokedAt: Nullable(Type.String()),
});
export type ApiToken = Static<typeof ApiTokenSchema>;

export const ApiTokenListSchema = Type.Object({ items: Type.Array(ApiTokenSchema) });

export const CreateApiTokenBodySchema = Type.Object(
  { name: Type.String({ minLength: 1, maxLength: 100 }) },
  { additionalProperties: false },
);

export const CreatedApiTokenSchema = Type.Object({
  ...ApiTokenSchema.properties,
  token: Type.String({ description: 'Shown once: send it as "Authorization: Bearer <token>"' }),
});
export type CreatedApiToken = Static<typeof CreatedApiTokenSchema>;

export type UserList = Static<typeof UserListSchema>;
export type ApiTokenList = Static<typeof ApiTokenListSchema>;
export type ResetPasswordBody = Static<typeof ResetPasswordBodySchema>;
export type CreateApiTokenBody = Static<typeof CreateApiTokenBodySchema>;
