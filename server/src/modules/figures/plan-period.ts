// Which plan and which period a figure is about. One behaviour everywhere: a plan named by its code (404
// not_found when unknown), else the active plan (404 no_active_plan when none is active, never another plan).
import { compareQuarters, lastCompleteQuarter, parsePeriod } from '@rbm/shared/rbm';
import type { Db } from '../../db/connection.ts';
import type { PlanRow } from '../../db/schema.ts';
import { AppError, unprocessable } from '../../errors.ts';
import { requirePlan } from '../plans/plans.service.ts';
import { findActivePlan } from './figures.repository.ts';

/**
 * The plan named by its code (404 if unknown), or the active plan when no code is given. A request's plan
 * already read for it (`namedPlan`, by the plan-lifecycle guard) is not read again.
 */
export async function resolvePlan(
  ctx: { db: Db; namedPlan?: PlanRow | null },
  input: { plan?: string | undefined },
): Promise<PlanRow> {
  if (input.plan !== undefined) {
    return ctx.namedPlan?.code === input.plan ? ctx.namedPlan : requirePlan(ctx.db, input.plan);
  }
  const active = await findActivePlan(ctx.db);
  if (!active) throw new AppError(404, 'no_active_plan', 'No plan is active; name one with ?plan=');
  return active;
}

/** The period asked for, or the last complete quarter (within the plan); 422 when outside the plan. */
export function resolvePeriod(plan: PlanRow, period: string | undefined, now: Date): string {
  if (period === undefined) {
    const last = lastCompleteQuarter(now);
    const end = `${plan.endYear}-Q4`;
    const start = `${plan.startYear}-Q1`;
    if (compareQuarters(last, end) > 0) return end;
    return compareQuarters(last, start) < 0 ? start : last;
  }
  const year = parsePeriod(period)?.year ?? Number.NaN;
  if (!(year >= plan.startYear && year <= plan.endYear)) {
    throw unprocessable(
      'period_outside_plan',
      `Period ${period} is outside the plan ${plan.code} (${plan.startYear}-${plan.endYear})`,
      [
        {
          field: 'querystring.period',
          code: 'period_outside_plan',
          message: `${period} is outside ${plan.startYear}-${plan.endYear}`,
        },
      ],
    );
  }
  return period;
}
