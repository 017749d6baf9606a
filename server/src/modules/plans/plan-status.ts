// The plan lifecycle's two rules every module obeys, in one place: a draft plan is seen only by those who
// author the framework (plugins/plan-lifecycle.ts tells others it does not exist), and a closed plan is
// read-only (409 plan_closed).
import { roleAllows } from '@rbm/shared';
import { AppError } from '../../errors.ts';
import type { Actor } from '../../lib/actor.ts';

/** Administrators (the framework's authors) see draft plans; everyone else does not. */
export function seesDraftPlans(actor: Pick<Actor, 'role'>): boolean {
  return roleAllows(actor.role, 'framework:write');
}

/** Whether the plan is a draft this actor may not see: to them it does not exist (404). */
export function hidesPlan(actor: Pick<Actor, 'role'>, plan: { status: string }): boolean {
  return plan.status === 'draft' && !seesDraftPlans(actor);
}

export const planClosed = (code: string) =>
  new AppError(
    409,
    'plan_closed',
    `Plan "${code}" is closed: it is read-only (its reports stay); work in the active plan`,
  );

/** A closed plan is history: its values, reviews, KPIs, targets and registers no longer change. */
export function assertPlanOpen(plan: { code: string; status: string }): void {
  if (plan.status === 'closed') throw planClosed(plan.code);
}
