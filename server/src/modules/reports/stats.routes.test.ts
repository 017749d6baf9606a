import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Problem, Statistics } from '@rbm/shared/schemas';
import { buildTestApp, type TestContext } from '../../../test/build-test-app.ts';
import { compareEditions } from './stats.service.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await buildTestApp();
});
afterAll(async () => ctx.close());

const get = (url: string) => ctx.app.inject({ method: 'GET', url });

describe('compareEditions', () => {
  it('orders editions by the year they name, an undated one before dated ones, the empty one oldest', () => {
    const editions = ['FF25', '', 'FF21', 'FF2023', 'Special', 'FF24', '2022 edition'];
    expect([...editions].sort(compareEditions)).toEqual([
      '',
      'Special',
      'FF21',
      '2022 edition',
      'FF2023',
      'FF24',
      'FF25',
    ]);
    expect(compareEditions('FF25', 'FF25')).toBe(0);
  });
});

describe('GET /api/stats', () => {
  it('gives every indicator with its series and the targets it measures', async () => {
    const res = await get('/api/stats');
    expect(res.statusCode).toBe(200);
    const stats = res.json<Statistics>();
    expect(stats.indicators.length).toBeGreaterThanOrEqual(10);
    const internet = stats.indicators.find((i) => i.code === 'internet_use_pct');
    expect(internet).toMatchObject({ unit: '%', direction: 'increase' });
    expect(internet?.targets.map((t) => [t.plan, t.code])).toContainEqual(['SP-2024-2027', 'UMC-1']);
    expect(internet?.series[0]?.area).toBe('World');
    expect(internet?.series.slice(1, 7).map((s) => s.area)).toEqual([
      'AFR',
      'AMS',
      'ARB',
      'ASP',
      'CIS',
      'EUR',
    ]);
  });

  it('keeps every edition of a year and marks the newest, so one line can be drawn', async () => {
    const res = await get('/api/stats?indicator=internet_use_pct&area=world');
    const [indicator] = res.json<Statistics>().indicators;
    expect(indicator?.series.map((s) => s.area)).toEqual(['World']);
    const points = indicator?.series[0]?.points ?? [];
    const year2024 = points.filter((p) => p.year === 2024);
    expect(year2024.map((p) => [p.edition, p.value, p.latestEdition])).toEqual([
      ['FF24', 68, false],
      ['FF25', 71, true],
    ]);
    const line = points.filter((p) => p.latestEdition);
    expect(new Set(line.map((p) => p.year)).size).toBe(line.length);
    expect(points.find((p) => p.year === 2018)).toMatchObject({ edition: '', latestEdition: true });
    expect(points[0]?.sourceUrl).toMatch(/^https:/);
  });

  it('filters by region code and names indicators and targets in the language asked for', async () => {
    const res = await get('/api/stats?indicator=internet_use_pct&area=AFR&lang=fr');
    const [indicator] = res.json<Statistics>().indicators;
    expect(indicator?.name).toEqual({
      text: "Personnes utilisant l'Internet",
      language: 'fr',
      unofficial: true,
    });
    expect(indicator?.series.map((s) => s.area)).toEqual(['AFR']);
    expect(indicator?.series[0]?.points.map((p) => p.year)).toEqual([
      2018, 2019, 2021, 2022, 2023, 2024, 2025,
    ]);
    const none = await get('/api/stats?indicator=internet_use_pct&area=Atlantis');
    expect(none.json<Statistics>().indicators[0]?.series).toEqual([]);
  });

  it('answers 404 for an unknown indicator and 400 for bad filters', async () => {
    const unknown = await get('/api/stats?indicator=smoke_signals_pct');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json<Problem>()).toMatchObject({ code: 'not_found', status: 404 });
    const bad = await get('/api/stats?indicator=a%20b');
    expect(bad.statusCode).toBe(400);
    expect(bad.json<Problem>().errors?.[0]?.field).toBe('querystring.indicator');
    expect((await get('/api/stats?year=2024')).statusCode).toBe(400);
    expect((await get(`/api/stats?area=${'x'.repeat(41)}`)).statusCode).toBe(400);
  });
});
