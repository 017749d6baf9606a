// The one query of the health check: the cheapest statement every dialect answers.
import { sql } from 'kysely';
import type { Db } from '../../db/connection.ts';

export async function pingDatabase(db: Db): Promise<void> {
  await sql`select 1`.execute(db);
}
