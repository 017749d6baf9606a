// Every query of the statistics sheet import: the indicators, the stored values of every edition, the areas
// already used, and the writes of one row.
import type { Db } from '../../db/connection.ts';

export function findIndicators(db: Db) {
  return db.selectFrom('statisticIndicator').select(['id', 'code', 'unit']).orderBy('id').execute();
}

export function findStoredStatistics(db: Db) {
  return db
    .selectFrom('statistic')
    .select(['id', 'indicatorId', 'area', 'year', 'value', 'unit', 'edition', 'sourceUrl', 'sourceStatus'])
    .orderBy('id')
    .execute();
}

export interface StatisticFields {
  indicatorId: number;
  area: string;
  year: number;
  value: number;
  unit: string;
  edition: string;
  sourceUrl: string | null;
  sourceStatus: string;
}

export async function insertStatistic(db: Db, fields: StatisticFields): Promise<number> {
  const row = await db.insertInto('statistic').values(fields).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updateStatistic(
  db: Db,
  id: number,
  fields: Pick<StatisticFields, 'value' | 'sourceUrl' | 'sourceStatus'>,
): Promise<void> {
  await db.updateTable('statistic').set(fields).where('id', '=', id).execute();
}
