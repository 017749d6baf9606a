import { api } from '@rbm/shared/api';
import type { FastifyRequest } from 'fastify';
import type { AppInstance } from '../../app-instance.ts';
import type { ServiceContext, WriteServiceContext } from '../../lib/service-context.ts';
import { createApiToken, listApiTokens, revokeApiToken } from './api-tokens.service.ts';
import { createUser, getUser, listUsers, resetPassword, updateUser } from './users.service.ts';

export async function usersRoutes(app: AppInstance): Promise<void> {
  const read = (): ServiceContext => ({ db: app.db, now: app.now() });
  const write = (request: FastifyRequest): WriteServiceContext => ({ ...read(), actor: request.actor });

  app.get(api.listUsers.url, { schema: api.listUsers.schema }, async () => ({
    items: await listUsers(read()),
  }));

  app.post(api.createUser.url, { schema: api.createUser.schema }, async (request, reply) => {
    const user = await createUser(write(request), request.body);
    return reply.code(201).header('location', `/api/users/${user.id}`).send(user);
  });

  app.get(api.getUser.url, { schema: api.getUser.schema }, async (request) =>
    getUser(read(), request.params),
  );

  app.patch(api.updateUser.url, { schema: api.updateUser.schema }, async (request) =>
    updateUser(write(request), { ...request.body, id: request.params.id }),
  );

  app.post(api.resetPassword.url, { schema: api.resetPassword.schema }, async (request, reply) => {
    await resetPassword(write(request), { id: request.params.id, password: request.body.password });
    return reply.code(204).send(null);
  });

  app.get(api.listApiTokens.url, { schema: api.listApiTokens.schema }, async (request) => ({
    items: await listApiTokens(read(), { userId: request.params.id }),
  }));

  app.post(api.createApiToken.url, { schema: api.createApiToken.schema }, async (request, reply) => {
    const token = await createApiToken(write(request), {
      userId: request.params.id,
      name: request.body.name,
    });
    return reply.code(201).send(token);
  });

  app.delete(api.revokeApiToken.url, { schema: api.revokeApiToken.schema }, async (request, reply) => {
    await revokeApiToken(write(request), { userId: request.params.id, tokenId: request.params.tokenId });
    return reply.code(204).send(null);
  });
}
