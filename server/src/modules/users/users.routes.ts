import { api } from '@rbm/shared/api';
import type { FastifyRequest } from 'fastify';
import type { AppInstance } from '../../app-instance.ts';
import type { WriteContext } from '../audit/audit.service.ts';
import { createApiToken, listApiTokens, revokeApiToken } from './api-tokens.service.ts';
import { createUser, getUser, listUsers, resetPassword, updateUser } from './users.service.ts';

export async function usersRoutes(app: AppInstance): Promise<void> {
  const context = (request: FastifyRequest): WriteContext => ({ actor: request.actor, now: app.now() });

  app.get(api.listUsers.url, { schema: api.listUsers.schema }, async () => ({
    items: await listUsers(app.db),
  }));

  app.post(api.createUser.url, { schema: api.createUser.schema }, async (request, reply) => {
    const user = await createUser(app.db, context(request), request.body);
    return reply.code(201).header('location', `/api/users/${user.id}`).send(user);
  });

  app.get(api.getUser.url, { schema: api.getUser.schema }, async (request) =>
    getUser(app.db, request.params.id),
  );

  app.patch(api.updateUser.url, { schema: api.updateUser.schema }, async (request) =>
    updateUser(app.db, context(request), request.params.id, request.body),
  );

  app.post(api.resetPassword.url, { schema: api.resetPassword.schema }, async (request, reply) => {
    await resetPassword(app.db, context(request), request.params.id, request.body.password);
    return reply.code(204).send(null);
  });

  app.get(api.listApiTokens.url, { schema: api.listApiTokens.schema }, async (request) => ({
    items: await listApiTokens(app.db, request.params.id),
  }));

  app.post(api.createApiToken.url, { schema: api.createApiToken.schema }, async (request, reply) => {
    const token = await createApiToken(app.db, context(request), request.params.id, request.body.name);
    return reply.code(201).send(token);
  });

  app.delete(api.revokeApiToken.url, { schema: api.revokeApiToken.schema }, async (request, reply) => {
    await revokeApiToken(app.db, context(request), request.params.id, request.params.tokenId);
    return reply.code(204).send(null);
  });
}
