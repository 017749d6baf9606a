// What the recommendation tests share: a valid body, and the requests and readers of the register.
import type { RecommendationDetail, RecommendationRates } from '@rbm/shared/schemas';
import type { AppInstance } from '../../app-instance.ts';
import type { TestContext } from '../../../test/build-test-app.ts';

export const recommendationStatus = (over: Record<string, unknown> = {}) => ({
  acceptance: 'accepted',
  implementation: 'not_started',
  targetDate: '2027-06-30',
  evidence: [],
  note: null,
  ...over,
});

export const recommendationBody = (over: Record<string, unknown> = {}) => ({
  body: 'jiu',
  reportRef: 'JIU/REP/2026/9',
  reportDate: '2026-03-10',
  number: '1',
  text: 'The Secretary-General should publish the follow-up of evaluations.',
  addressee: 'executive_head',
  priority: 'high',
  sector: 'ITU-D',
  priorities: ['KAP-1'],
  kpis: ['D1-K1'],
  risks: ['RSK-D-01'],
  status: recommendationStatus(),
  ...over,
});

/** The register's requests; `editor` reads the version an update sends, `reader` the confirmed rates. */
export function recommendationSteps(ctx: TestContext, editor: AppInstance, reader: AppInstance) {
  const get = async (app: AppInstance, id: number) =>
    (await app.inject({ method: 'GET', url: `/api/recommendations/${id}` })).json<RecommendationDetail>();
  return {
    auditRows: (entity: string) =>
      ctx.db.selectFrom('auditLog').selectAll().where('entity', '=', entity).orderBy('id').execute(),
    count: async () =>
      Number(
        (
          await ctx.db
            .selectFrom('recommendation')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
    create: (app: AppInstance, over: Record<string, unknown> = {}) =>
      app.inject({ method: 'POST', url: '/api/recommendations', payload: recommendationBody(over) }),
    get,
    rates: async () =>
      (await reader.inject({ method: 'GET', url: '/api/recommendations/rates' })).json<RecommendationRates>(),
    update: async (app: AppInstance, id: number, over: Record<string, unknown>) => {
      const { version } = await get(editor, id);
      return app.inject({
        method: 'PUT',
        url: `/api/recommendations/${id}`,
        payload: { ...recommendationBody(over), version },
      });
    },
    confirm: (app: AppInstance, id: number) =>
      app.inject({ method: 'POST', url: `/api/recommendations/${id}/confirm` }),
  };
}
