// Every query on stored KPI values and the review state that may lock them.
import type { Db } from '../../db/connection.ts';
import type { KpiValueUpdate, NewKpiValue } from '../../db/schema.ts';

export function findValueKpi(db: Db, kpiId: number) {
  return db
    .selectFrom('kpi')
    .innerJoin('plan', 'plan.id', 'kpi.planId')
    .select([
      'kpi.id',
      'kpi.code',
      'kpi.unit',
      'kpi.frequency',
      'kpi.byRegion',
      'kpi.active',
      'kpi.ownerPriorityId',
      'kpi.planId',
      'plan.code as planCode',
      'plan.startYear',
      'plan.endYear',
      'plan.thresholdOnTrack',
      'plan.thresholdAtRisk',
      'plan.reportingDeadlineDays',
    ])
    .where('kpi.id', '=', kpiId)
    .executeTakeFirst();
}

export function findRegionByCode(db: Db, code: string) {
  return db.selectFrom('region').select(['id', 'code']).where('code', '=', code).executeTakeFirst();
}

export function findValue(db: Db, kpiId: number, period: string, regionId: number | null) {
  return db
    .selectFrom('kpiValue')
    .leftJoin('appUser', 'appUser.id', 'kpiValue.enteredBy')
    .leftJoin('region', 'region.id', 'kpiValue.regionId')
    .selectAll('kpiValue')
    .select(['appUser.username as enteredByName', 'region.code as regionCode'])
    .where('kpiValue.kpiId', '=', kpiId)
    .where('kpiValue.period', '=', period)
    .$if(regionId === null, (qb) => qb.where('kpiValue.regionId', 'is', null))
    .$if(regionId !== null, (qb) => qb.where('kpiValue.regionId', '=', regionId as number))
    .executeTakeFirst();
}

export function findReviewStatus(db: Db, priorityId: number, period: string) {
  return db
    .selectFrom('quarterlyReview')
    .select('status')
    .where('priorityId', '=', priorityId)
    .where('period', '=', period)
    .executeTakeFirst();
}

export async function insertValue(db: Db, value: NewKpiValue): Promise<number> {
  const row = await db.insertInto('kpiValue').values(value).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** Updates the row only if it still has the expected version; returns whether it did. */
export async function updateValueIfVersion(
  db: Db,
  id: number,
  version: number,
  changes: KpiValueUpdate,
): Promise<boolean> {
  const result = await db
    .updateTable('kpiValue')
    .set(changes)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteValueIfVersion(db: Db, id: number, version: number): Promise<boolean> {
  const result = await db
    .deleteFrom('kpiValue')
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

/** What the live status of one KPI stands on: its definition, annual targets and total values (any state). */
export async function findKpiForAssessment(db: Db, kpiId: number) {
  const [kpi, targets, values] = await Promise.all([
    db
      .selectFrom('kpi')
      .select([
        'id',
        'direction',
        'aggregation',
        'frequency',
        'unit',
        'baselineValue',
        'baselinePeriod',
        'tolerance',
        'weight',
        'byRegion',
        'ownerPriorityId',
      ])
      .where('id', '=', kpiId)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('kpiAnnualTarget')
      .select(['year', 'value'])
      .where('kpiId', '=', kpiId)
      .orderBy('year')
      .execute(),
    db
      .selectFrom('kpiValue')
      .select(['period', 'value'])
      .where('kpiId', '=', kpiId)
      .where('regionId', 'is', null)
      .where('value', 'is not', null)
      .execute(),
  ]);
  return { kpi, targets, values };
}
