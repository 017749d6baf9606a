import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  AuditLog,
  Framework,
  Problem,
  TranslationItem,
  TranslationList,
  TranslationSummary,
} from '@rbm/shared/schemas';
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

async function item(language: string, code: string, field = 'name'): Promise<TranslationItem> {
  const found = (await list(`language=${language}`)).items.find((i) => i.code === code && i.field === field);
  if (!found) throw new Error(`no ${code} ${field}`);
  return found;
}

const confirm = (path: string) =>
  ctx.app.inject({ method: 'POST', url: `/api/translations/${path}/confirm` });

const auditOf = async (key: string) => {
  const res = await ctx.app.inject({
    method: 'GET',
    url: `/api/audit?entity=translation&id=${encodeURIComponent(key)}`,
  });
  expect(res.statusCode).toBe(200);
  return res.json<AuditLog>().items;
};

describe('framework texts in the six languages', () => {
  it('has every text of the active plan in each language, unofficial until confirmed', async () => {
    // On a database of its own: the other tests of this file confirm, write and remove translations.
    const fresh = await buildTestApp();
    try {
      const res = await fresh.app.inject({ method: 'GET', url: '/api/translations/summary' });
      expect(res.statusCode).toBe(200);
      const summary = res.json<TranslationSummary>();
      expect(summary.plan).toBe('SP-2024-2027');
      expect(summary.languages.map((l) => l.language)).toEqual(['fr', 'es', 'ar', 'ru', 'zh']);
      for (const language of summary.languages) {
        expect(language, language.language).toEqual({
          language: language.language,
          // 141 texts of goals, targets, priorities, outcomes and KPIs, and the 13 themes' names
          total: 154,
          translated: 154,
          confirmed: 0,
        });
      }
      const arabic = await fresh.app.inject({ method: 'GET', url: '/api/translations?language=ar' });
      expect(arabic.json<TranslationList>().missing).toBe(0);
      expect(arabic.json<TranslationList>().items.every((i) => i.status === 'unofficial')).toBe(true);
    } finally {
      await fresh.close();
    }
  });

  it('marks unofficial texts in what the screens read, and not the English of a missing one', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/plans/SP-2024-2027/framework?lang=zh' });
    const framework = res.json<Framework>();
    expect(framework.goals[0]?.name).toEqual({ text: '普遍连通', language: 'zh', unofficial: true });
    expect(framework.themes[0]?.name).toMatchObject({ language: 'zh', unofficial: true });
  });

  it('lets the themes, common to every plan, be confirmed like the rest', async () => {
    const theme = (await list('language=ar&entity=intersectoral_theme')).items.find((i) => i.code === 'MUL');
    expect(theme).toMatchObject({ english: 'Multilingualism', text: 'تعدد اللغات', status: 'unofficial' });
    const res = await confirm(`intersectoral_theme/${theme?.entityId}/name/ar`);
    expect(res.statusCode).toBe(200);
    const framework = await ctx.app.inject({
      method: 'GET',
      url: '/api/plans/SP-2020-2023/framework?lang=ar',
    });
    const mul = framework.json<Framework>().themes.find((t) => t.code === 'MUL');
    expect(mul?.name).toEqual({ text: 'تعدد اللغات', language: 'ar' });
  });
});

describe('POST /api/translations/:entity/:id/:field/:language/confirm', () => {
  it('confirms an unofficial translation, audits it once, and the screens drop the marker', async () => {
    const goal = await item('es', 'G1');
    expect(goal.status).toBe('unofficial');
    const key = `goal/${goal.entityId}/name/es`;
    const res = await confirm(key);
    expect(res.statusCode).toBe(200);
    expect(res.json<TranslationItem>()).toMatchObject({ code: 'G1', text: goal.text, status: 'confirmed' });
    expect((await item('es', 'G1')).status).toBe('confirmed');

    const framework = await ctx.app.inject({
      method: 'GET',
      url: '/api/plans/SP-2024-2027/framework?lang=es',
    });
    expect(framework.json<Framework>().goals[0]?.name).toEqual({ text: goal.text, language: 'es' });

    const [entry, ...rest] = await auditOf(key);
    expect(rest).toHaveLength(0);
    expect(entry).toMatchObject({
      action: 'confirm',
      actor: 'test-admin',
      before: { status: 'unofficial', text: goal.text },
      after: { status: 'confirmed', text: goal.text },
    });
    // Confirming again changes nothing and leaves no second trace.
    expect((await confirm(key)).statusCode).toBe(200);
    expect(await auditOf(key)).toHaveLength(1);

    const summary = await ctx.app.inject({ method: 'GET', url: '/api/translations/summary' });
    const spanish = summary.json<TranslationSummary>().languages.find((l) => l.language === 'es');
    expect(spanish).toMatchObject({ translated: 154, confirmed: 1 });
  });

  it('counts a text an administrator writes as confirmed', async () => {
    const kpi = await item('ru', 'D1-K1');
    const res = await ctx.app.inject({
      method: 'PUT',
      url: `/api/translations/kpi/${kpi.entityId}/name/ru`,
      payload: { text: 'Государства-Члены с национальным планом широкополосной связи' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json<TranslationItem>().status).toBe('confirmed');
    expect((await list('language=ru')).confirmed).toBe(1);
  });

  it('refuses bad input with a problem a person can act on, and writes nothing', async () => {
    const kpi = await item('zh', 'D1-K2');
    const removed = await ctx.app.inject({
      method: 'PUT',
      url: `/api/translations/kpi/${kpi.entityId}/name/zh`,
      payload: { text: '' },
    });
    expect(removed.statusCode).toBe(200);
    const target = await ctx.db
      .selectFrom('target')
      .select('id')
      .where('description', 'is', null)
      .executeTakeFirstOrThrow();
    const before = await list('language=zh');
    const cases: [string, number, string][] = [
      [`kpi/${kpi.entityId}/name/zh`, 409, 'translation_missing'],
      [`kpi/${kpi.entityId}/description/zh`, 422, 'field_not_translatable'],
      [`target/${target.id}/description/zh`, 422, 'nothing_to_translate'],
      [`kpi/999999/name/zh`, 404, 'not_found'],
      [`kpi/0/name/zh`, 400, 'validation_failed'],
      [`kpi/${kpi.entityId}/name/en`, 400, 'validation_failed'],
      [`kpi/${kpi.entityId}/name/de`, 400, 'validation_failed'],
      [`sector/1/name/zh`, 400, 'validation_failed'],
      [`kpi/abc/name/zh`, 400, 'validation_failed'],
    ];
    for (const [path, status, code] of cases) {
      const res = await confirm(path);
      expect(res.statusCode, path).toBe(status);
      expect(res.headers['content-type'], path).toContain('application/problem+json');
      expect(res.json<Problem>().code, path).toBe(code);
    }
    expect(await list('language=zh')).toEqual(before);
  });

  it('is for administrators: 403 for a planner or reviewer, 401 without a session, CSRF checked', async () => {
    const goal = await item('ar', 'G2');
    const url = `/api/translations/goal/${goal.entityId}/name/ar/confirm`;
    for (const username of ['planner', 'reviewer', 'council']) {
      const user = await ctx.signIn(username, 'rbm-demo');
      expect((await user.inject({ method: 'POST', url })).statusCode, username).toBe(403);
      const summary = await user.inject({ method: 'GET', url: '/api/translations/summary' });
      expect(summary.statusCode, username).toBe(403);
    }
    expect((await ctx.anonymous.inject({ method: 'POST', url })).statusCode).toBe(401);
    const admin = await ctx.signIn('admin', 'rbm-demo');
    const forged = await admin.inject({ method: 'POST', url, headers: { 'x-csrf-token': 'forged' } });
    expect(forged.statusCode).toBe(403);
    expect((await item('ar', 'G2')).status).toBe('unofficial');
    const ok = await admin.inject({ method: 'POST', url });
    expect(ok.statusCode).toBe(200);
    const [entry] = await auditOf(`goal/${goal.entityId}/name/ar`);
    expect(entry).toMatchObject({ action: 'confirm', actor: 'admin' });
  });
});
