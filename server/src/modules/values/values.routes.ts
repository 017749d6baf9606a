import { api } from '@rbm/shared/api';
import type { AppInstance } from '../../app-instance.ts';
import { saveValueBatch } from './values.batch.ts';
import { deleteValue, putValue } from './values.service.ts';

export async function valuesRoutes(app: AppInstance): Promise<void> {
  app.put(api.putValue.url, { schema: api.putValue.schema }, async (request, reply) => {
    const { created, value } = await putValue(
      { db: app.db, now: app.now(), actor: request.actor },
      { kpiId: request.params.id, period: request.params.period, body: request.body },
    );
    return reply.code(created ? 201 : 200).send(value);
  });

  app.post(api.saveValueBatch.url, { schema: api.saveValueBatch.schema }, async (request) =>
    saveValueBatch({ db: app.db, now: app.now(), actor: request.actor }, request.body),
  );

  app.delete(api.deleteValue.url, { schema: api.deleteValue.schema }, async (request, reply) => {
    await deleteValue(
      { db: app.db, now: app.now(), actor: request.actor },
      { kpiId: request.params.id, period: request.params.period, ...request.query },
    );
    return reply.code(204).send(null);
  });
}
