// Every query about the published ICT statistics and the plan targets they measure.
import type { Db } from '../../db/connection.ts';

export function findIndicators(db: Db, code: string | undefined) {
  return db
    .selectFrom('statisticIndicator')
    .select(['id', 'code', 'name', 'unit', 'direction'])
    .$if(code !== undefined, (qb) => qb.where('code', '=', code as string))
    .orderBy('id')
    .execute();
}

/** The statistics of the given indicators, optionally of one area (compared case-insensitively). */
export function findStatistics(db: Db, indicatorIds: readonly number[], area: string | undefined) {
  return db
    .selectFrom('statistic')
    .select(['indicatorId', 'area', 'year', 'value', 'edition', 'sourceUrl', 'sourceStatus'])
    .where('indicatorId', 'in', indicatorIds)
    .$if(area !== undefined, (qb) =>
      qb.where((eb) => eb(eb.fn('lower', ['area']), '=', (area as string).toLowerCase())),
    )
    .orderBy('indicatorId')
    .orderBy('area')
    .orderBy('year')
    .execute();
}

/** Targets of every plan whose `indicator` names one of the given indicator codes. */
export function findTargetsMeasuredBy(db: Db, indicatorCodes: readonly string[]) {
  return db
    .selectFrom('target')
    .innerJoin('plan', 'plan.id', 'target.planId')
    .select([
      'target.id',
      'target.code',
      'target.name',
      'target.value',
      'target.unit',
      'target.deadlineYear',
      'target.baselineValue',
      'target.baselineYear',
      'target.indicator',
      'plan.code as planCode',
    ])
    .where('target.indicator', 'in', indicatorCodes)
    .orderBy('plan.startYear', 'desc')
    .orderBy('target.sortOrder')
    .orderBy('target.id')
    .execute();
}
