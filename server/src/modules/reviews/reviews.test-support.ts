// Small readers the review tests share: the values of a priority's quarter and the audit rows written.
import type { Problem, ReviewDetail } from '@rbm/shared/schemas';
import type { TestContext } from '../../../test/build-test-app.ts';

export const PLAN = 'SP-2024-2027';

export async function send(
  ctx: TestContext,
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  payload?: Record<string, unknown>,
) {
  const res = await ctx.app.inject({ method, url, ...(payload === undefined ? {} : { payload }) });
  return {
    status: res.statusCode,
    contentType: res.headers['content-type'],
    review: res.json<ReviewDetail>(),
    problem: res.json<Problem>(),
  };
}

/** Every value (all regions) of the KPIs a priority owns, for one quarter. */
export function quarterValues(ctx: TestContext, priority: string, period: string, plan = PLAN) {
  return ctx.db
    .selectFrom('kpiValue')
    .innerJoin('kpi', 'kpi.id', 'kpiValue.kpiId')
    .innerJoin('thematicPriority', 'thematicPriority.id', 'kpi.ownerPriorityId')
    .innerJoin('plan', 'plan.id', 'thematicPriority.planId')
    .select([
      'kpiValue.id',
      'kpi.code',
      'kpiValue.regionId',
      'kpiValue.state',
      'kpiValue.version',
      'kpiValue.returnComment',
      'kpiValue.submittedAt',
      'kpiValue.approvedAt',
    ])
    .where('plan.code', '=', plan)
    .where('thematicPriority.code', '=', priority)
    .where('kpiValue.period', '=', period)
    .orderBy('kpiValue.id')
    .execute();
}

export function reviewRow(ctx: TestContext, priority: string, period: string, plan = PLAN) {
  return ctx.db
    .selectFrom('quarterlyReview')
    .innerJoin('thematicPriority', 'thematicPriority.id', 'quarterlyReview.priorityId')
    .innerJoin('plan', 'plan.id', 'thematicPriority.planId')
    .selectAll('quarterlyReview')
    .where('plan.code', '=', plan)
    .where('thematicPriority.code', '=', priority)
    .where('quarterlyReview.period', '=', period)
    .executeTakeFirst();
}

export function auditRows(ctx: TestContext, entity: string, entityIds: ReadonlyArray<string | number>) {
  return ctx.db
    .selectFrom('auditLog')
    .selectAll()
    .where('entity', '=', entity)
    .where(
      'entityId',
      'in',
      entityIds.map((id) => String(id)),
    )
    .orderBy('id')
    .execute();
}

export const parse = (json: string | null) =>
  json === null ? null : (JSON.parse(json) as Record<string, unknown>);
