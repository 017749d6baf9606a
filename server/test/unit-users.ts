// The users every register test signs in: the demo ITU-D planner (the unit's focal point) and reviewer, the
// Council, and a planner and a reviewer of another unit (R-TER only), for the scope checks.
import { DEMO_PASSWORD } from '../../fixtures/demo-users.ts';
import type { AppInstance } from '../src/app-instance.ts';
import type { TestContext } from './build-test-app.ts';
import { createUser } from './factories.ts';

export interface UnitUsers {
  planner: AppInstance; // ITU-D
  reviewer: AppInstance; // ITU-D
  council: AppInstance;
  otherPlanner: AppInstance; // R-TER only
  otherReviewer: AppInstance; // R-TER only
}

export async function signInUnitUsers(ctx: TestContext): Promise<UnitUsers> {
  const password = 'another-scope-pass';
  await createUser(ctx.db, { username: 'rter-planner', role: 'planner', password, priorities: ['R-TER'] });
  await createUser(ctx.db, { username: 'rter-reviewer', role: 'reviewer', password, priorities: ['R-TER'] });
  return {
    planner: await ctx.signIn('planner', DEMO_PASSWORD),
    reviewer: await ctx.signIn('reviewer', DEMO_PASSWORD),
    council: await ctx.signIn('council', DEMO_PASSWORD),
    otherPlanner: await ctx.signIn('rter-planner', password),
    otherReviewer: await ctx.signIn('rter-reviewer', password),
  };
}
