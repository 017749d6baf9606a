// Names and codes of the groups the dashboard rolls up.
import type { Db } from '../../db/connection.ts';

export async function findDashboardGroups(db: Db, planId: number) {
  const [goals, sectors, priorities, regions] = await Promise.all([
    db
      .selectFrom('goal')
      .select(['id', 'code', 'name'])
      .where('planId', '=', planId)
      .orderBy('sortOrder')
      .execute(),
    db.selectFrom('sector').select(['id', 'code', 'name']).orderBy('sortOrder').execute(),
    db
      .selectFrom('thematicPriority')
      .innerJoin('sector', 'sector.id', 'thematicPriority.sectorId')
      .select([
        'thematicPriority.id',
        'thematicPriority.code',
        'thematicPriority.name',
        'sector.code as sectorCode',
      ])
      .where('thematicPriority.planId', '=', planId)
      .orderBy('sector.sortOrder')
      .orderBy('thematicPriority.sortOrder')
      .execute(),
    db.selectFrom('region').select(['id', 'code', 'name']).orderBy('sortOrder').execute(),
  ]);
  return { goals, sectors, priorities, regions };
}
