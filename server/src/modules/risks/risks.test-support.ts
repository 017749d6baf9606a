// What the risk tests share: a valid body and rating, and the requests and readers of the register.
import type { AppInstance } from '../../app-instance.ts';
import type { TestContext } from '../../../test/build-test-app.ts';

export const riskBody = (over: Record<string, unknown> = {}) => ({
  code: 'RSK-TEST-1',
  title: 'Broadband project partners withdraw',
  description: 'Partners may leave the programme before its end.',
  category: 'financial',
  sector: 'ITU-D',
  focalPoint: 'Pat Planner',
  treatment: 'mitigate',
  priorities: ['KAP-1'],
  outcomes: ['KAP-1.1'],
  kpis: ['D1-K1'],
  actions: [
    { description: 'Sign multi-year agreements', owner: 'BDT', dueDate: '2026-06-30', status: 'in_progress' },
  ],
  ...over,
});

export const riskRating = {
  inherent: { likelihood: 4, impact: 5 },
  residual: { likelihood: 3, impact: 4 },
  note: 'Q3 review',
};

export function riskSteps(ctx: TestContext) {
  return {
    auditRows: (entity: string) =>
      ctx.db.selectFrom('auditLog').selectAll().where('entity', '=', entity).orderBy('id').execute(),
    riskCount: async () =>
      Number(
        (
          await ctx.db
            .selectFrom('risk')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
    create: (app: AppInstance, over: Record<string, unknown> = {}) =>
      app.inject({ method: 'POST', url: '/api/risks', payload: riskBody(over) }),
  };
}
