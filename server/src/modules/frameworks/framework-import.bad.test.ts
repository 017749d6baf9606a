// Bad framework files: the preview names every bad row (reason, row, column) and a confirmation writes nothing.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FrameworkImportPreview, Problem } from '@rbm/shared/schemas';
import { buildTestApp, type TestContext } from '../../../test/build-test-app.ts';
import { smallFramework } from './framework-import.fixture.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await buildTestApp();
});
afterAll(async () => ctx.close());

type File = { fileName: string; content: string };
const json = (document: unknown): File => ({
  fileName: 'framework.json',
  content: Buffer.from(JSON.stringify(document)).toString('base64'),
});

async function workbook(edit: (book: ExcelJS.Workbook) => void): Promise<File> {
  const res = await ctx.app.inject({ method: 'GET', url: '/api/plans/SP-2020-2023/framework/workbook' });
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  edit(book);
  return {
    fileName: 'framework.xlsx',
    content: Buffer.from(await book.xlsx.writeBuffer()).toString('base64'),
  };
}

/** How much is stored: a confirmation of a bad file must leave every count as it was. */
async function stored() {
  const count = async (table: 'plan' | 'auditLog' | 'goal' | 'kpi' | 'orgUnit' | 'translation') =>
    Number(
      (
        await ctx.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return Promise.all((['plan', 'auditLog', 'goal', 'kpi', 'orgUnit', 'translation'] as const).map(count));
}

/** Previews the file, checks the problems it names, then confirms it: refused, nothing written. */
async function refused(file: File, expected: Array<Record<string, unknown>>) {
  const before = await stored();
  const res = await ctx.app.inject({ method: 'POST', url: '/api/frameworks/import/preview', payload: file });
  expect(res.statusCode, res.body).toBe(200);
  const preview = res.json<FrameworkImportPreview>();
  expect(preview.problems).toEqual(expect.arrayContaining(expected.map((e) => expect.objectContaining(e))));
  expect(preview.counts.bad).toBe(preview.problems.length);
  const confirm = await ctx.app.inject({
    method: 'POST',
    url: '/api/frameworks/import',
    payload: { ...file, token: preview.token },
  });
  expect(confirm.statusCode).toBe(422);
  expect(confirm.json<Problem>().code).toBe('framework_invalid');
  expect(await stored()).toEqual(before);
  return preview;
}

describe('a bad framework file', () => {
  it('a duplicate code: the second row with it', async () => {
    const document = smallFramework('SP-BAD');
    document.outcomes.push({ ...document.outcomes[0]!, name: { en: 'again' } });
    await refused(json(document), [
      { level: 'outcomes', code: 'O1', row: 3, column: 'code', reason: 'duplicate_code' },
    ]);
  });

  it('a link outside the plan and a year outside the plan', async () => {
    const document = smallFramework('SP-BAD');
    document.kpis[0]!.targets = ['T9'];
    document.kpis[1]!.annualTargets = { '2035': 1 };
    await refused(json(document), [
      { level: 'kpis', code: 'K1', row: 1, column: 'targets', reason: 'unknown_link' },
      { level: 'kpis', code: 'K2', row: 2, column: 'Target 2035', reason: 'year_outside_plan' },
    ]);
  });

  it('an unknown unit', async () => {
    const document = smallFramework('SP-BAD');
    document.kpis[0]!.ownerUnit = 'AG-NOWHERE';
    document.priorities[0]!.unit = 'AG-NOWHERE';
    await refused(json(document), [
      { level: 'kpis', code: 'K1', column: 'ownerUnit', reason: 'unknown_unit' },
      { level: 'priorities', code: 'AP-1', row: 1, column: 'unit', reason: 'unknown_unit' },
    ]);
  });

  it('a value of the wrong kind names the item and the field', async () => {
    const document = smallFramework('SP-BAD') as unknown as { kpis: Array<Record<string, unknown>> };
    document.kpis[1]!.unit = 'furlongs';
    await refused(json(document), [
      { level: 'kpis', code: 'K2', row: 2, column: 'unit', reason: 'invalid_value' },
    ]);
  });

  it('a formula cell names its sheet, row and column', async () => {
    const file = await workbook((book) => {
      book.getWorksheet('KPIs')!.getCell('M3').value = { formula: '1+1', result: 2 };
    });
    await refused(file, [{ level: 'kpis', row: 3, reason: 'formula_cell' }]);
  });

  it('a missing sheet', async () => {
    const file = await workbook((book) => book.removeWorksheet(book.getWorksheet('Outcomes')!.id));
    await refused(file, [{ level: 'outcomes', reason: 'sheet_missing' }]);
  });

  it('50,000 rows', async () => {
    const document = smallFramework('SP-BAD');
    document.goals = Array.from({ length: 50_000 }, (_, i) => ({
      code: `G${i}`,
      name: { en: 'g' },
      sourceStatus: 'demo' as const,
    }));
    await refused(json(document), [{ level: 'file', reason: 'too_many_rows' }]);
  });

  it('a wrong file type is refused with 400 and nothing is written', async () => {
    const before = await stored();
    const file = { fileName: 'plan.pdf', content: Buffer.from('%PDF-1.7').toString('base64') };
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/frameworks/import/preview',
      payload: file,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<Problem>().code).toBe('file_type_unsupported');
    const confirm = await ctx.app.inject({
      method: 'POST',
      url: '/api/frameworks/import',
      payload: { ...file, token: 'x' },
    });
    expect(confirm.statusCode).toBe(400);
    expect(await stored()).toEqual(before);
  });
});
