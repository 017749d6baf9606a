import { Type } from 'typebox';
import {
  ApiTokenListSchema,
  CreateApiTokenBodySchema,
  CreateUserBodySchema,
  CreatedApiTokenSchema,
  ResetPasswordBodySchema,
  TokenParamsSchema,
  UpdateUserBodySchema,
  UserIdParamsSchema,
  UserListSchema,
  UserSchema,
} from '../schemas/users.ts';
import { problems, route } from './route.ts';

const admin = { permission: 'users:manage', scope: 'none' } as const;

export const userRoutes = {
  listUsers: route({
    method: 'GET',
    url: '/api/users',
    auth: admin,
    schema: {
      summary: 'Every user, active or not',
      tags: ['users'],
      response: { 200: UserListSchema, ...problems },
    },
  }),
  createUser: route({
    method: 'POST',
    url: '/api/users',
    auth: admin,
    schema: {
      summary: 'Create a user with a role and scope',
      tags: ['users'],
      body: CreateUserBodySchema,
      response: { 201: UserSchema, ...problems },
    },
  }),
  getUser: route({
    method: 'GET',
    url: '/api/users/:id',
    auth: admin,
    schema: {
      summary: 'One user',
      tags: ['users'],
      params: UserIdParamsSchema,
      response: { 200: UserSchema, ...problems },
    },
  }),
  updateUser: route({
    method: 'PATCH',
    url: '/api/users/:id',
    auth: admin,
    schema: {
      summary: 'Change name, email, role, scope or language; deactivate (users are never deleted)',
      tags: ['users'],
      params: UserIdParamsSchema,
      body: UpdateUserBodySchema,
      response: { 200: UserSchema, ...problems },
    },
  }),
  resetPassword: route({
    method: 'POST',
    url: '/api/users/:id/password',
    auth: admin,
    schema: {
      summary: "Set a new password (ends the user's sessions)",
      tags: ['users'],
      params: UserIdParamsSchema,
      body: ResetPasswordBodySchema,
      response: { 204: Type.Null(), ...problems },
    },
  }),
  listApiTokens: route({
    method: 'GET',
    url: '/api/users/:id/tokens',
    auth: admin,
    schema: {
      summary: "A user's personal API tokens (never the secrets)",
      tags: ['users'],
      params: UserIdParamsSchema,
      response: { 200: ApiTokenListSchema, ...problems },
    },
  }),
  createApiToken: route({
    method: 'POST',
    url: '/api/users/:id/tokens',
    auth: admin,
    schema: {
      summary: 'Issue a personal API token, scoped like its owner; the secret is shown once',
      tags: ['users'],
      params: UserIdParamsSchema,
      body: CreateApiTokenBodySchema,
      response: { 201: CreatedApiTokenSchema, ...problems },
    },
  }),
  revokeApiToken: route({
    method: 'DELETE',
    url: '/api/users/:id/tokens/:tokenId',
    auth: admin,
    schema: {
      summary: 'Revoke a token',
      tags: ['users'],
      params: TokenParamsSchema,
      response: { 204: Type.Null(), ...problems },
    },
  }),
} as const;
