// A new edition of the published ICT statistics through the API: the preview names every bad row and writes
// nothing; the confirmation writes in one transaction, audited, refuses a stale preview or a bad row; older
// editions are kept and the overview's series mark the newest edition of each year.
import type {
  Problem,
  Statistics,
  StatisticsImportPreview,
  StatisticsImportResult,
} from '@rbm/shared/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../../../fixtures/demo-users.ts';
import { buildTestApp, type TestContext } from '../../../test/build-test-app.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await buildTestApp();
});
afterAll(async () => ctx.close());

const csv = (...rows: string[]) => ({
  fileName: 'ff26.csv',
  content: Buffer.from(['Indicator,Area,Year,Value,Edition,Source', ...rows].join('\n')).toString('base64'),
});
const FF26 = 'https://www.itu.int/itu-d/reports/statistics/ff26';

async function preview(file: { fileName: string; content: string }) {
  const res = await ctx.app.inject({ method: 'POST', url: '/api/statistics/import/preview', payload: file });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<StatisticsImportPreview>();
}

const confirm = (file: { fileName: string; content: string }, token: string) =>
  ctx.app.inject({ method: 'POST', url: '/api/statistics/import', payload: { ...file, token } });

async function worldInternetUse() {
  const res = await ctx.app.inject({
    method: 'GET',
    url: '/api/stats?indicator=internet_use_pct&area=World',
  });
  expect(res.statusCode).toBe(200);
  return res.json<Statistics>().indicators[0]!.series[0]!.points;
}

const statisticCount = async () =>
  Number(
    (
      await ctx.db
        .selectFrom('statistic')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('statistics editions: the preview', () => {
  it('names every bad row with its cell and reason, and writes nothing', async () => {
    const before = await statisticCount();
    const seen = await preview(
      csv(
        'internet_use_pct,World,2025,76,FF26,' + FF26,
        'no_such_stat,World,2025,1,FF26,',
        'internet_use_pct,Atlantis,2025,1,FF26,',
        'internet_use_pct,AFR,25,1,FF26,',
        'internet_use_pct,AFR,2025,120,FF26,',
        'internet_use_pct,AFR,2025,40,,',
        'internet_use_pct,AFR,2025,40,FF26,not a link',
        'internet_use_pct,world,2025,77,FF26,',
      ),
    );
    expect(seen.invalid.map((p) => [p.cell, p.code])).toEqual([
      ['A3', 'indicator_unknown'],
      ['B4', 'area_unknown'],
      ['C5', 'year_invalid'],
      ['D6', 'value_invalid'],
      ['E7', 'edition_missing'],
      ['F8', 'source_invalid'],
      ['C9', 'row_repeated'],
    ]);
    expect(seen.counts).toEqual({ new: 1, changed: 0, unchanged: 0, invalid: 7 });
    expect(seen.editions).toEqual(['FF26']);
    expect(await statisticCount()).toBe(before);
    const refused = await confirm(
      csv('internet_use_pct,World,2025,76,FF26,', 'x,World,2025,1,FF26,'),
      seen.token,
    );
    expect(refused.statusCode).toBe(409);
  });

  it('refuses a file without the columns or of another type (400), and other users than administrators', async () => {
    const noColumns = await ctx.app.inject({
      method: 'POST',
      url: '/api/statistics/import/preview',
      payload: { fileName: 'x.csv', content: Buffer.from('Indicator,Area\n').toString('base64') },
    });
    expect(noColumns.statusCode).toBe(400);
    expect(noColumns.json<Problem>().code).toBe('headers_missing');
    const pdf = await ctx.app.inject({
      method: 'POST',
      url: '/api/statistics/import/preview',
      payload: { fileName: 'x.pdf', content: Buffer.from('%PDF').toString('base64') },
    });
    expect(pdf.json<Problem>().code).toBe('file_type_unsupported');
    const planner = await ctx.signIn('planner', DEMO_PASSWORD);
    const res = await planner.inject({
      method: 'POST',
      url: '/api/statistics/import/preview',
      payload: csv('internet_use_pct,World,2025,76,FF26,'),
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('statistics editions: the confirmation', () => {
  it('adds a new edition beside the older ones, audited; the newest edition of a year is the one drawn', async () => {
    const pointsBefore = await worldInternetUse();
    const ff25 = pointsBefore.find((p) => p.year === 2025 && p.edition === 'FF25');
    expect(ff25?.latestEdition).toBe(true);
    const file = csv(
      `internet_use_pct,World,2025,75.5,FF26,${FF26}`,
      `internet_use_pct,World,2026,78,FF26,${FF26}`,
    );
    const seen = await preview(file);
    expect(seen.invalid).toEqual([]);
    expect(seen.rows.map((r) => [r.year, r.change, r.before])).toEqual([
      [2025, 'new', null],
      [2026, 'new', null],
    ]);
    const res = await confirm(file, seen.token);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<StatisticsImportResult>()).toEqual({ created: 2, updated: 0, unchanged: 0 });

    const points = await worldInternetUse();
    const of2025 = points.filter((p) => p.year === 2025);
    expect(of2025.map((p) => [p.edition, p.value, p.latestEdition])).toEqual([
      ['FF25', 74, false],
      ['FF26', 75.5, true],
    ]);
    expect(points.find((p) => p.year === 2026)).toMatchObject({
      value: 78,
      edition: 'FF26',
      latestEdition: true,
      sourceStatus: 'verified',
      sourceUrl: FF26,
    });
    const audit = await ctx.db
      .selectFrom('auditLog')
      .select(['action', 'afterJson'])
      .where('entity', '=', 'statistic')
      .execute();
    expect(audit).toHaveLength(2);
    expect(audit.every((a) => a.action === 'create')).toBe(true);

    // The same file again changes nothing; a corrected value is an update with its before.
    const again = await preview(file);
    expect(again.counts).toEqual({ new: 0, changed: 0, unchanged: 2, invalid: 0 });
    const corrected = csv(`internet_use_pct,World,2026,78.4,FF26,${FF26}`);
    const fix = await preview(corrected);
    expect(fix.rows).toMatchObject([{ year: 2026, change: 'changed', before: 78, value: 78.4 }]);
    expect((await confirm(corrected, fix.token)).json<StatisticsImportResult>()).toEqual({
      created: 0,
      updated: 1,
      unchanged: 0,
    });
    const update = await ctx.db
      .selectFrom('auditLog')
      .select(['beforeJson', 'afterJson'])
      .where('entity', '=', 'statistic')
      .where('action', '=', 'update')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(update.beforeJson ?? '{}')).toMatchObject({ value: 78 });
    expect(JSON.parse(update.afterJson ?? '{}')).toMatchObject({ value: 78.4 });
  });

  it('refuses a stale preview (409) and a file with a bad row (422), writing nothing', async () => {
    const file = csv(`internet_use_pct,AFR,2026,41,FF26,${FF26}`);
    const seen = await preview(file);
    // Someone else writes the same value meanwhile.
    const other = await preview(file);
    expect((await confirm(file, other.token)).statusCode).toBe(200);
    const count = await statisticCount();
    const stale = await confirm(file, seen.token);
    expect(stale.statusCode).toBe(409);
    expect(stale.json<Problem>().code).toBe('import_stale');

    const bad = csv(`internet_use_pct,AFR,2027,42,FF26,${FF26}`, 'internet_use_pct,AFR,2027,abc,FF26,');
    const badSeen = await preview(bad);
    const refused = await confirm(bad, badSeen.token);
    expect(refused.statusCode).toBe(422);
    expect(refused.json<Problem>().code).toBe('import_rows_invalid');
    expect(await statisticCount()).toBe(count);
  });
});
