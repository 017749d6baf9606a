import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditLog, Framework, Problem, TranslationItem, TranslationList } from '@rbm/shared/schemas';
import { buildTestApp, type TestContext } from '../../../test/build-test-app.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await buildTestApp();
});
afterAll(async () => ctx.close());

async function list(query: string): Promise<TranslationList> {
  const res = await ctx.app.inject({ method: 'GET', url: `/api/translations?${query}` });
  expect(res.statusCode).toBe(200);
  return res.json<TranslationList>();
}

async function kpiId(code: string): Promise<number> {
  const items = (await list('language=fr&entity=kpi')).items;
  const item = items.find((i) => i.code === code);
  if (!item) throw new Error(`no KPI ${code}`);
  return item.entityId;
}

const put = (path: string, text: unknown) =>
  ctx.app.inject({ method: 'PUT', url: `/api/translations/${path}`, payload: { text } });

describe('GET /api/translations', () => {
  it('lists every name and definition of the active plan with English beside the French of the fixtures', async () => {
    const body = await list('language=fr');
    expect(body.plan).toBe('SP-2024-2027');
    expect(new Set(body.items.map((i) => i.entity))).toEqual(
      new Set(['goal', 'target', 'thematic_priority', 'outcome', 'kpi', 'intersectoral_theme']),
    );
    // The fixtures carry French for the whole 2024-2027 framework.
    expect(body.missing).toBe(0);
    const goal = body.items.find((i) => i.code === 'G1' && i.field === 'name');
    expect(goal).toMatchObject({ english: 'Universal connectivity', text: 'Connectivité universelle' });
    // Every KPI of the plan, once, however many the fixtures hold.
    const planKpis = await ctx.db
      .selectFrom('kpi')
      .innerJoin('plan', 'plan.id', 'kpi.planId')
      .where('plan.code', '=', 'SP-2024-2027')
      .select('kpi.code')
      .execute();
    expect(planKpis.length).toBeGreaterThan(0);
    const names = body.items.filter((i) => i.entity === 'kpi' && i.field === 'name').map((i) => i.code);
    expect(names.sort()).toEqual(planKpis.map((k) => k.code).sort());
  });

  it('filters by entity and lists only the missing ones on request', async () => {
    const all = await list('language=zh&entity=kpi');
    expect(all.items.every((i) => i.entity === 'kpi' && i.language === 'zh')).toBe(true);
    const missing = await list('language=zh&entity=kpi&missing=true');
    expect(missing.items.every((i) => i.text === null)).toBe(true);
    expect(missing.items).toHaveLength(missing.missing);
    expect(missing.total).toBe(all.total);
  });

  it('names another plan by its code and answers 404 for an unknown one', async () => {
    expect((await list('plan=SP-2020-2023&language=fr')).plan).toBe('SP-2020-2023');
    const res = await ctx.app.inject({ method: 'GET', url: '/api/translations?plan=SP-1900&language=fr' });
    expect(res.statusCode).toBe(404);
    expect(res.json<Problem>().code).toBe('not_found');
  });

  it('refuses English and unknown languages or entities with 400 naming the field', async () => {
    for (const [query, field] of [
      ['language=en', 'querystring.language'],
      ['language=de', 'querystring.language'],
      ['language=fr&entity=sector', 'querystring.entity'],
      ['', 'querystring.language'],
    ] as const) {
      const res = await ctx.app.inject({ method: 'GET', url: `/api/translations?${query}` });
      expect(res.statusCode, query).toBe(400);
      expect(
        res.json<Problem>().errors?.map((e) => e.field),
        query,
      ).toContain(field);
    }
  });

  it('is for those who may write the framework: 403 for a planner, 401 without a session', async () => {
    const planner = await ctx.signIn('planner', 'rbm-demo');
    const res = await planner.inject({ method: 'GET', url: '/api/translations?language=fr' });
    expect(res.statusCode).toBe(403);
    const anonymous = await ctx.anonymous.inject({ method: 'GET', url: '/api/translations?language=fr' });
    expect(anonymous.statusCode).toBe(401);
  });
});

describe('PUT /api/translations/:entity/:id/:field/:language', () => {
  it('saves a French KPI name that GET framework?lang=fr shows at once, and audits before and after', async () => {
    const id = await kpiId('D1-K1');
    const before = await ctx.app.inject({ method: 'GET', url: '/api/plans/SP-2024-2027/framework?lang=fr' });
    expect(before.statusCode).toBe(200);
    const res = await put(`kpi/${id}/name/fr`, '  Nom révisé du KPI  ');
    expect(res.statusCode).toBe(200);
    expect(res.json<TranslationItem>()).toMatchObject({
      code: 'D1-K1',
      text: 'Nom révisé du KPI',
      language: 'fr',
    });

    const framework = await ctx.app.inject({
      method: 'GET',
      url: '/api/plans/SP-2024-2027/framework?lang=fr',
    });
    expect(JSON.stringify(framework.json<Framework>())).toContain(
      '"text":"Nom révisé du KPI","language":"fr"',
    );

    const log = await ctx.app.inject({
      method: 'GET',
      url: `/api/audit?entity=translation&id=${encodeURIComponent(`kpi/${id}/name/fr`)}`,
    });
    expect(log.statusCode).toBe(200);
    const [entry] = log.json<AuditLog>().items;
    expect(entry).toMatchObject({
      action: 'update',
      actor: 'test-admin',
      before: { text: expect.any(String) },
    });
    expect(entry?.after).toEqual({ text: 'Nom révisé du KPI' });
  });

  it('raises the data revision, so cached dashboard names in that language change too', async () => {
    const first = await ctx.app.inject({ method: 'GET', url: '/api/dashboard?lang=es' });
    expect(first.statusCode).toBe(200);
    const goals = (await list('language=es&entity=goal')).items.filter((i) => i.field === 'name');
    const goal = goals[0] as TranslationItem;
    expect((await put(`goal/${goal.entityId}/name/es`, 'Conectividad universal (revisada)')).statusCode).toBe(
      200,
    );
    const second = await ctx.app.inject({ method: 'GET', url: '/api/dashboard?lang=es' });
    expect(second.body).toContain('Conectividad universal (revisada)');
    expect(second.headers.etag).not.toBe(first.headers.etag);
  });

  it('removes a translation when the text is empty, so English shows again marked as English', async () => {
    const id = await kpiId('D1-K2');
    expect((await put(`kpi/${id}/name/zh`, '连接指标')).statusCode).toBe(200);
    const removed = await put(`kpi/${id}/name/zh`, '   ');
    expect(removed.statusCode).toBe(200);
    expect(removed.json<TranslationItem>().text).toBeNull();
    const item = (await list('language=zh&entity=kpi')).items.find(
      (i) => i.entityId === id && i.field === 'name',
    );
    expect(item?.text).toBeNull();
    const framework = await ctx.app.inject({
      method: 'GET',
      url: '/api/plans/SP-2024-2027/framework?lang=zh',
    });
    expect(JSON.stringify(framework.json())).not.toContain('连接指标');
  });

  it('writes nothing and leaves no trace when the text is unchanged', async () => {
    const goal = (await list('language=fr&entity=goal')).items.find(
      (i) => i.code === 'G2' && i.field === 'name',
    );
    const count = async () => {
      const log = await ctx.app.inject({ method: 'GET', url: '/api/audit?entity=translation' });
      expect(log.statusCode).toBe(200);
      return log.json<AuditLog>().total;
    };
    const before = await count();
    const res = await put(`goal/${goal?.entityId}/name/fr`, goal?.text);
    expect(res.statusCode).toBe(200);
    expect(await count()).toBe(before);
  });

  it('refuses bad input with a stable code and writes nothing', async () => {
    const id = await kpiId('D1-K3');
    const cases: [string, unknown, number, string][] = [
      [`kpi/${id}/description/fr`, 'x', 422, 'field_not_translatable'],
      [`kpi/${id}/name/fr`, 'a'.repeat(301), 422, 'text_too_long'],
      [`kpi/${id}/name/fr`, 'two\nlines', 422, 'invalid_character'],
      [`kpi/${id}/name/fr`, 'nul\u0000', 400, 'invalid_character'],
      [`kpi/${id}/name/fr`, 12, 400, 'validation_failed'],
      [`kpi/${id}/name/en`, 'English', 400, 'validation_failed'],
      [`kpi/${id}/name/fr`, 'a'.repeat(4001), 400, 'validation_failed'],
      [`sector/1/name/fr`, 'Secteur', 400, 'validation_failed'],
      [`kpi/999999/name/fr`, 'Inconnu', 404, 'not_found'],
      [`kpi/0/name/fr`, 'Zéro', 400, 'validation_failed'],
    ];
    const snapshot = await list('language=fr&entity=kpi');
    for (const [path, text, status, code] of cases) {
      const res = await put(path, text);
      expect(res.statusCode, path).toBe(status);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json<Problem>().code, path).toBe(code);
    }
    expect(await list('language=fr&entity=kpi')).toEqual(snapshot);
  });

  it('accepts a long definition with line breaks', async () => {
    const id = await kpiId('D1-K3');
    const text = `${'Définition. '.repeat(100)}\nDeuxième paragraphe.`;
    const res = await put(`kpi/${id}/definition/fr`, text);
    expect(res.statusCode).toBe(200);
    expect(res.json<TranslationItem>().text).toBe(text.trim());
  });

  it('answers 422 nothing_to_translate for a description the entity does not have in English', async () => {
    const target = (
      await ctx.db.selectFrom('target').select('id').where('description', 'is', null).executeTakeFirst()
    )?.id;
    expect(target).toBeDefined();
    const res = await put(`target/${target}/description/fr`, 'Description');
    expect(res.statusCode).toBe(422);
    expect(res.json<Problem>().code).toBe('nothing_to_translate');
  });

  it('refuses planners (403) and checks the CSRF token of browser sessions', async () => {
    const id = await kpiId('D1-K4');
    const planner = await ctx.signIn('planner', 'rbm-demo');
    const denied = await planner.inject({
      method: 'PUT',
      url: `/api/translations/kpi/${id}/name/fr`,
      payload: { text: 'x' },
    });
    expect(denied.statusCode).toBe(403);
    const admin = await ctx.signIn('admin', 'rbm-demo');
    const url = `/api/translations/kpi/${id}/name/ru`;
    const forged = await admin.inject({
      method: 'PUT',
      url,
      payload: { text: 'x' },
      headers: { 'x-csrf-token': 'forged' },
    });
    expect(forged.statusCode).toBe(403);
    const ok = await admin.inject({ method: 'PUT', url, payload: { text: 'Показатель' } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json<TranslationItem>().text).toBe('Показатель');
  });
});
