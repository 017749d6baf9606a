// The shipped frameworks as data files (fixtures/frameworks/*.json, which the fixture tests check against
// ../shared/reference/): the seed loads each through the importer, so the stored plan exports as the file;
// and each loads again as a new plan with no bad row and exports back unchanged.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FrameworkDocument, FrameworkImportPreview } from '@rbm/shared/schemas';
import { buildTestApp, type TestContext } from '../../../test/build-test-app.ts';

const FOLDER = path.join(import.meta.dirname, '..', '..', '..', '..', 'fixtures', 'frameworks');
const read = (plan: string) =>
  JSON.parse(fs.readFileSync(path.join(FOLDER, `${plan}.json`), 'utf8')) as FrameworkDocument;

let ctx: TestContext;
beforeAll(async () => {
  ctx = await buildTestApp();
});
afterAll(async () => ctx.close());

describe.each(['SP-2024-2027', 'SP-2020-2023'])('fixtures/frameworks/%s.json', (plan) => {
  it('is what the seed loads: the stored plan exports as the file', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: `/api/plans/${plan}/framework/document` });
    expect(res.json()).toEqual(read(plan));
  });

  it('loads through the importer as a new plan, with no bad row, and exports back unchanged', async () => {
    const copy = read(plan);
    copy.plan.code = `${plan}-COPY`;
    const file = { fileName: `${plan}.json`, content: Buffer.from(JSON.stringify(copy)).toString('base64') };
    const preview = await ctx.app.inject({
      method: 'POST',
      url: '/api/frameworks/import/preview',
      payload: file,
    });
    const seen = preview.json<FrameworkImportPreview>();
    expect(seen.problems).toEqual([]);
    expect(seen.onto).toBe('new');
    expect(seen.counts.new).toBe(
      1 +
        ['goals', 'targets', 'priorities', 'outcomes', 'outputs', 'enablers', 'kpis'].reduce(
          (n, level) => n + (copy[level as 'goals'] as unknown[]).length,
          0,
        ),
    );
    const confirm = await ctx.app.inject({
      method: 'POST',
      url: '/api/frameworks/import',
      payload: { ...file, token: seen.token },
    });
    expect(confirm.statusCode, confirm.body).toBe(200);
    const back = await ctx.app.inject({
      method: 'GET',
      url: `/api/plans/${copy.plan.code}/framework/document`,
    });
    expect(back.json()).toEqual(copy);
  });
});
