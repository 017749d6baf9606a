// Every query behind a KPI's notes, narratives and history.
import type { Db } from '../../db/connection.ts';

export function findKpi(db: Db, id: number) {
  return db
    .selectFrom('kpi')
    .innerJoin('thematicPriority', 'thematicPriority.id', 'kpi.ownerPriorityId')
    .select(['kpi.id', 'kpi.code', 'kpi.ownerPriorityId', 'thematicPriority.code as priorityCode'])
    .where('kpi.id', '=', id)
    .executeTakeFirst();
}

/** The KPI's values (whole KPI and regions), with their period, region code, state and note. */
export function findValues(db: Db, kpiId: number) {
  return db
    .selectFrom('kpiValue')
    .leftJoin('region', 'region.id', 'kpiValue.regionId')
    .select(['kpiValue.id', 'kpiValue.period', 'region.code as region', 'kpiValue.state', 'kpiValue.note'])
    .where('kpiValue.kpiId', '=', kpiId)
    .orderBy('kpiValue.period', 'desc')
    .orderBy('region.code')
    .execute();
}

/** The owning priority's quarterly reviews, latest first, with who decided them. */
export function findReviews(db: Db, priorityId: number, approvedOnly: boolean) {
  return db
    .selectFrom('quarterlyReview')
    .leftJoin('appUser', 'appUser.id', 'quarterlyReview.decidedBy')
    .select([
      'quarterlyReview.id',
      'quarterlyReview.period',
      'quarterlyReview.status',
      'quarterlyReview.rating',
      'quarterlyReview.achievements',
      'quarterlyReview.challenges',
      'quarterlyReview.improvements',
      'quarterlyReview.comment',
      'quarterlyReview.decidedAt',
      'appUser.username as decidedBy',
    ])
    .where('quarterlyReview.priorityId', '=', priorityId)
    .$if(approvedOnly, (qb) => qb.where('quarterlyReview.status', '=', 'approved'))
    .orderBy('quarterlyReview.period', 'desc')
    .execute();
}

export interface HistoryFilter {
  entity: string;
  ids: readonly string[];
  actions?: readonly string[];
}

/** Audit entries of the given entities (and actions), newest first. */
export function findHistory(db: Db, filters: readonly HistoryFilter[], limit: number) {
  const wanted = filters.filter((f) => f.ids.length > 0);
  if (wanted.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('auditLog')
    .select(['id', 'at', 'actor', 'action', 'entity', 'entityId', 'beforeJson', 'afterJson', 'reason'])
    .where((eb) =>
      eb.or(
        wanted.map((f) =>
          eb.and([
            eb('entity', '=', f.entity),
            eb('entityId', 'in', [...f.ids]),
            ...(f.actions ? [eb('action', 'in', [...f.actions])] : []),
          ]),
        ),
      ),
    )
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

/** The years of the KPI's annual targets (their audit ids are `<kpiId>:<year>`). */
export function findTargetYears(db: Db, kpiId: number) {
  return db.selectFrom('kpiAnnualTarget').select('year').where('kpiId', '=', kpiId).execute();
}
