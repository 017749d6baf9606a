// fetchRoute takes its types from the route table: a wrong param, query or body, or a caller expecting
// another answer, does not compile (each @ts-expect-error below fails `npm run typecheck` if the line
// ever compiles). At run time it fills the path, appends the query and sends the body.
import { api } from '@rbm/shared/api';
import type { KpiDetail, KpiList, KpiValue, ReviewList } from '@rbm/shared/schemas';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { fakeApi, json } from '../test/fake-api.ts';
import { fetchRoute, routeUrl, setCsrfToken, type RouteInput } from './api-client.ts';

describe('fetchRoute', () => {
  it('types the answer from the route schema, and the input from its params, query and body', () => {
    expectTypeOf(() =>
      fetchRoute(api.getKpi, { params: { id: 1 }, query: { lang: 'fr' } }),
    ).returns.resolves.toEqualTypeOf<KpiDetail>();
    expectTypeOf(() => fetchRoute(api.listKpis)).returns.resolves.toEqualTypeOf<KpiList>();
    expectTypeOf(() =>
      fetchRoute(api.deleteValue, { params: { id: 1, period: '2026-Q3' } }),
    ).returns.resolves.toBeNull();
    expectTypeOf<RouteInput<typeof api.getKpi>['params']>().toEqualTypeOf<{ id: number }>();
  });

  it('refuses a wrong param name, a missing param, a wrong query or body, and a wrong answer type', () => {
    const never = () => {
      // @ts-expect-error: getKpi's path param is `id`
      void fetchRoute(api.getKpi, { params: { code: 'D1-K1' } });
      // @ts-expect-error: getKpi needs its params
      void fetchRoute(api.getKpi);
      // @ts-expect-error: `pageSize` is a number
      void fetchRoute(api.listKpis, { query: { pageSize: 'all' } });
      // @ts-expect-error: putValue's body has a value, not a text
      void fetchRoute(api.putValue, { params: { id: 1, period: '2026-Q3' }, body: { text: '3' } });
      // @ts-expect-error: listKpis answers a KpiList, not a KpiDetail
      const detail: Promise<KpiDetail> = fetchRoute(api.listKpis);
      // @ts-expect-error: putValue answers a KpiValue
      const reviews: Promise<ReviewList> = fetchRoute(api.putValue, {
        params: { id: 1, period: '2026-Q3' },
        body: { value: 3 },
      });
      return [detail, reviews];
    };
    expect(typeof never).toBe('function');
    expectTypeOf<KpiValue>().toHaveProperty('version');
  });

  it('fills the path, appends the query (arrays repeated) and sends the body with the CSRF token', async () => {
    const server = fakeApi({
      'GET /api/reviews': () => json(200, { items: [] }),
      'PUT /api/kpis/7/values/2026-Q3': () => json(200, { version: 2 }),
    });
    setCsrfToken('t-1');
    await fetchRoute(api.listReviews, { query: { plan: 'SP', status: ['submitted', 'returned'], page: 2 } });
    await fetchRoute(api.putValue, { params: { id: 7, period: '2026-Q3' }, body: { value: 3, version: 1 } });
    expect(server.calls[0]?.url.search).toBe('?plan=SP&status=submitted&status=returned&page=2');
    expect(server.calls[1]).toMatchObject({ method: 'PUT', body: { value: 3, version: 1 } });
    expect(server.calls[1]?.headers.get('x-csrf-token')).toBe('t-1');
    expect(
      routeUrl(api.getAnnualReport, { params: { year: 2026 }, query: { plan: 'SP', format: 'xlsx' } }),
    ).toBe('/api/reports/annual/2026?plan=SP&format=xlsx');
  });
});
