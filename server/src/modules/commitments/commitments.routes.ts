// Commitments and actions over HTTP: parse, call the service, reply.
import { api } from '@rbm/shared/api';
import type { FastifyRequest } from 'fastify';
import type { AppInstance } from '../../app-instance.ts';
import type { WriteServiceContext } from '../../lib/service-context.ts';
import { getCommitment, listCommitments } from './commitment-register.service.ts';
import {
  addCommitmentProgress,
  confirmCommitment,
  createCommitment,
  updateCommitment,
} from './commitments.service.ts';

export async function commitmentsRoutes(app: AppInstance): Promise<void> {
  const ctx = (request: FastifyRequest): WriteServiceContext => ({
    db: app.db,
    now: app.now(),
    actor: request.actor,
  });

  app.get(api.listCommitments.url, { schema: api.listCommitments.schema }, async (request) =>
    listCommitments(ctx(request), request.query),
  );
  app.get(api.getCommitment.url, { schema: api.getCommitment.schema }, async (request) =>
    getCommitment(ctx(request), request.params),
  );
  app.post(api.createCommitment.url, { schema: api.createCommitment.schema }, async (request, reply) =>
    reply.code(201).send(await createCommitment(ctx(request), request.body)),
  );
  app.put(api.updateCommitment.url, { schema: api.updateCommitment.schema }, async (request) =>
    updateCommitment(ctx(request), { id: request.params.id, body: request.body }),
  );
  app.post(api.addCommitmentProgress.url, { schema: api.addCommitmentProgress.schema }, async (request) =>
    addCommitmentProgress(ctx(request), { id: request.params.id, body: request.body }),
  );
  app.post(api.confirmCommitment.url, { schema: api.confirmCommitment.schema }, async (request) =>
    confirmCommitment(ctx(request), request.params),
  );
}
