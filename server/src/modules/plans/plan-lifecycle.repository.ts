// The queries of the plan lifecycle: the successor's continuity links, status changes, and the activation
// checklist's counts (each answers the codes of the items that fail its check).
import type { Db } from '../../db/connection.ts';

export function countActivePlans(db: Db) {
  return db
    .selectFrom('plan')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', '=', 'active')
    .executeTakeFirstOrThrow();
}

export async function updatePlanLifecycle(
  db: Db,
  planId: number,
  values: { status?: string; activatedAt?: string; closedAt?: string; createdFromPlanId?: number },
) {
  await db.updateTable('plan').set(values).where('id', '=', planId).execute();
}

/** Each KPI of the new plan continues the KPI of the same code in the source plan. */
export async function linkContinuedKpis(db: Db, planId: number, sourcePlanId: number) {
  await db
    .updateTable('kpi')
    .set((eb) => ({
      continuesKpiId: eb
        .selectFrom('kpi as previous')
        .select('previous.id')
        .where('previous.planId', '=', sourcePlanId)
        .whereRef('previous.code', '=', 'kpi.code'),
    }))
    .where('kpi.planId', '=', planId)
    .execute();
}

export function findContinuityLinks(db: Db, planId: number) {
  return db
    .selectFrom('kpi')
    .select(['id', 'code', 'continuesKpiId'])
    .where('planId', '=', planId)
    .orderBy('code')
    .execute();
}

/** Active KPIs with fewer annual targets within the plan's years than the plan has years. */
export function findKpisMissingAnnualTargets(
  db: Db,
  plan: { id: number; startYear: number; endYear: number },
) {
  const years = plan.endYear - plan.startYear + 1;
  return (
    db
      .selectFrom('kpi')
      .select('kpi.code')
      .where('kpi.planId', '=', plan.id)
      .where('kpi.active', '=', 1)
      // One target per KPI and year (a unique key): counting the rows counts the years.
      .where((eb) =>
        eb(
          eb
            .selectFrom('kpiAnnualTarget')
            .select((e) => e.fn.countAll<number>().as('n'))
            .whereRef('kpiAnnualTarget.kpiId', '=', 'kpi.id')
            .where('kpiAnnualTarget.year', '>=', plan.startYear)
            .where('kpiAnnualTarget.year', '<=', plan.endYear),
          '<',
          years,
        ),
      )
      .orderBy('kpi.code')
      .execute()
  );
}

/** Live targets whose deadline falls before the plan begins. */
export function findTargetsOutOfDate(db: Db, plan: { id: number; startYear: number }) {
  return db
    .selectFrom('target')
    .select('code')
    .where('planId', '=', plan.id)
    .where('retiredAt', 'is', null)
    .where('deadlineYear', '<', plan.startYear)
    .orderBy('code')
    .execute();
}

/** Live priorities without a live outcome or without an active KPI. */
export function findPrioritiesIncomplete(db: Db, planId: number) {
  return db
    .selectFrom('thematicPriority as p')
    .select('p.code')
    .where('p.planId', '=', planId)
    .where('p.retiredAt', 'is', null)
    .where((eb) =>
      eb.or([
        eb.not(
          eb.exists(
            eb
              .selectFrom('outcome')
              .select('outcome.id')
              .whereRef('outcome.priorityId', '=', 'p.id')
              .where('outcome.retiredAt', 'is', null),
          ),
        ),
        eb.not(
          eb.exists(
            eb
              .selectFrom('kpi')
              .select('kpi.id')
              .whereRef('kpi.ownerPriorityId', '=', 'p.id')
              .where('kpi.active', '=', 1),
          ),
        ),
      ]),
    )
    .orderBy('p.code')
    .execute();
}

/** Active KPIs linked to no live outcome. */
export function findOrphanKpis(db: Db, planId: number) {
  return db
    .selectFrom('kpi')
    .select('kpi.code')
    .where('kpi.planId', '=', planId)
    .where('kpi.active', '=', 1)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('kpiOutcome')
            .innerJoin('outcome', 'outcome.id', 'kpiOutcome.outcomeId')
            .select('kpiOutcome.kpiId')
            .whereRef('kpiOutcome.kpiId', '=', 'kpi.id')
            .where('outcome.retiredAt', 'is', null),
        ),
      ),
    )
    .orderBy('kpi.code')
    .execute();
}
