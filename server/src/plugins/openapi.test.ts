import SwaggerParser from '@apidevtools/swagger-parser';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { api, type RouteDefinition } from '@rbm/shared/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await buildTestApp({ seed: false });
});
afterAll(async () => ctx.close());

/**
 * Every route whose plan, when ?plan= is omitted, is the active one (figures/plan-period.ts resolvePlan), called
 * without it; figures/plan-resolver.routes.test.ts checks they answer alike.
 */
const ACTIVE_PLAN_ROUTES: Record<string, string> = {
  getDashboard: '/api/dashboard',
  getExplorer: '/api/explorer',
  getAnnualReport: '/api/reports/annual/2025',
  getComparison: '/api/compare',
  getOutlook: '/api/outlook',
  listKpis: '/api/kpis',
  listTranslations: '/api/translations?language=fr',
  translationSummary: '/api/translations/summary',
  listReviews: '/api/reviews',
  listDueWork: '/api/entry/due',
  listRisks: '/api/risks',
  getRiskHeatMap: '/api/risks/heat-map',
  getTopRisks: '/api/risks/top',
  exportRisks: '/api/risks/export',
  listRecommendations: '/api/recommendations',
  getRecommendationRates: '/api/recommendations/rates',
  exportRecommendations: '/api/recommendations/export',
  listCommitments: '/api/commitments',
  exportCommitments: '/api/commitments/export',
  listMous: '/api/mous',
  getThemeMatrix: '/api/themes/matrix',
  getRadar: '/api/themes/radar',
  getThemeReport: '/api/reports/intersectoral/2026',
  exportMous: '/api/mous/export',
};

describe('OpenAPI document', () => {
  it('is a valid OpenAPI 3 document (checked by swagger-parser)', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/docs/json' });
    expect(res.statusCode).toBe(200);
    const document = res.json<{ openapi: string; paths: Record<string, Record<string, unknown>> }>();
    expect(document.openapi).toMatch(/^3\./);
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeDefined();
  });

  it('documents every route of the shared route table, with its method', async () => {
    const document = (await ctx.app.inject({ method: 'GET', url: '/docs/json' })).json<{
      paths: Record<string, Record<string, unknown>>;
    }>();
    for (const route of Object.values(api)) {
      const path = route.url.replace(/:([A-Za-z]+)/g, '{$1}');
      expect(document.paths[path], `${route.method} ${route.url}`).toBeDefined();
      expect(
        document.paths[path]?.[route.method.toLowerCase()],
        `${route.method} ${route.url}`,
      ).toBeDefined();
    }
  });

  it("passes Redocly's recommended rules, warnings included", async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/docs/json' });
    const config = await createConfig({ extends: ['recommended'] });
    const problems = await lintFromString({ source: res.body, absoluteRef: '/docs/json', config });
    expect(
      problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location[0]?.pointer ?? ''}`),
    ).toEqual([]);
  });

  it('names every operation after the route table and says how it is authenticated', async () => {
    const document = (await ctx.app.inject({ method: 'GET', url: '/docs/json' })).json<{
      servers: unknown[];
      components: { securitySchemes: Record<string, { type: string; in?: string; name?: string }> };
      paths: Record<string, Record<string, { operationId?: string; security?: Record<string, string[]>[] }>>;
    }>();
    expect(document.servers.length).toBeGreaterThan(0);
    expect(document.components.securitySchemes.sessionCookie).toMatchObject({
      in: 'cookie',
      name: 'rbm_session',
    });
    expect(document.components.securitySchemes.csrfToken).toMatchObject({
      in: 'header',
      name: 'x-csrf-token',
    });
    expect(document.components.securitySchemes.apiToken).toMatchObject({ type: 'http' });
    for (const [name, route] of Object.entries(api) as [string, RouteDefinition][]) {
      const operation =
        document.paths[route.url.replace(/:([A-Za-z]+)/g, '{$1}')]?.[route.method.toLowerCase()];
      expect(operation?.operationId, `${route.method} ${route.url}`).toBe(name);
      const expected =
        route.auth.permission === 'public'
          ? []
          : route.method === 'GET' || route.auth.csrf === false
            ? [{ sessionCookie: [] }, { apiToken: [] }]
            : [{ sessionCookie: [], csrfToken: [] }, { apiToken: [] }];
      expect(operation?.security, `${route.method} ${route.url}`).toEqual(expected);
    }
    expect(document.paths['/api/auth/login']?.post?.security).toEqual([]);
  });

  it('names 404 no_active_plan on exactly the routes that answer it when ?plan= is omitted and no plan is active', async () => {
    // this app has no plan at all, so none is active
    for (const [name, url] of Object.entries(ACTIVE_PLAN_ROUTES)) {
      const res = await ctx.app.inject({ method: 'GET', url });
      expect({ name, status: res.statusCode, code: res.json<{ code?: string }>().code }).toEqual({
        name,
        status: 404,
        code: 'no_active_plan',
      });
    }
    const document = (await ctx.app.inject({ method: 'GET', url: '/docs/json' })).json<{
      paths: Record<string, Record<string, { operationId?: string; description?: string }>>;
    }>();
    const naming = Object.values(document.paths)
      .flatMap((operations) => Object.values(operations))
      .filter((operation) => operation.description?.includes('404 no_active_plan'))
      .map((operation) => operation.operationId)
      .sort();
    expect(naming).toEqual(Object.keys(ACTIVE_PLAN_ROUTES).sort());
    // and the list is whole: every route with an optional ?plan= is in it, apart from a priority's quarter
    // (`/:priority/:period`, whose plan is the one holding that priority: review-scope)
    const optionalPlan = (Object.entries(api) as [string, RouteDefinition][])
      .filter(([, route]) => {
        const query = route.schema.querystring as
          { properties?: Record<string, unknown>; required?: string[] } | undefined;
        return query?.properties?.plan !== undefined && !(query.required ?? []).includes('plan');
      })
      .filter(([, route]) => !route.url.includes('/:priority/:period'))
      .map(([name]) => name)
      .sort();
    expect(optionalPlan).toEqual(Object.keys(ACTIVE_PLAN_ROUTES).sort());
  });

  it('serves the browsable documentation at /docs', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
  });
});
