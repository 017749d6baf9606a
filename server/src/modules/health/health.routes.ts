import { api } from '@rbm/shared/api';
import type { AppInstance } from '../../app-instance.ts';
import { AppError } from '../../errors.ts';
import { pingDatabase } from './health.repository.ts';

export async function healthRoutes(app: AppInstance): Promise<void> {
  app.get(api.health.url, { schema: api.health.schema }, async () => {
    try {
      await pingDatabase(app.db);
    } catch (error) {
      app.log.error({ err: error }, 'database check failed');
      throw new AppError(503, 'database_unavailable', 'The database does not answer');
    }
    return { status: 'ok' as const };
  });
}
