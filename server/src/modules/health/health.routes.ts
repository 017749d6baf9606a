import { api } from '@rbm/shared/api';
import { sql } from 'kysely';
import type { AppInstance } from '../../app-instance.ts';
import { AppError } from '../../errors.ts';

export async function healthRoutes(app: AppInstance): Promise<void> {
  app.get(api.health.url, { schema: api.health.schema }, async () => {
    try {
      await sql`select 1`.execute(app.db);
    } catch (error) {
      app.log.error({ err: error }, 'database check failed');
      throw new AppError(503, 'database_unavailable', 'The database does not answer');
    }
    return { status: 'ok' as const };
  });
}
