// The batch's bulk writes (one statement per chunk of rows): a row changed or entered meanwhile is left
// alone and left out of the answer, the others are written, across chunk boundaries.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../../test/build-test-app.ts';
import { cellKey, insertValues, updateValuesIfVersion } from './values.targets.repository.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await buildTestApp();
});
afterAll(async () => ctx.close());

const PERIOD = '2030-Q1'; // no value in the demo data
const AT = '2026-11-23T09:00:00.000Z';

describe('bulk value writes', () => {
  it('inserts and updates many cells, skipping a cell entered and a row changed meanwhile', async () => {
    const kpis = await ctx.db.selectFrom('kpi').select('id').orderBy('id').limit(60).execute();
    const regions = await ctx.db.selectFrom('region').select('id').orderBy('id').execute();
    const cells = kpis.flatMap((k) =>
      [null, ...regions.map((r) => r.id)].map((regionId) => ({ kpiId: k.id, regionId })),
    );
    expect(cells.length).toBeGreaterThan(300); // more than one chunk
    const row = (c: (typeof cells)[number], value: number) => ({
      kpiId: c.kpiId,
      period: PERIOD,
      regionId: c.regionId,
      value,
      noDataReason: null,
      note: null,
      evidenceUrl: null,
      state: 'draft',
      version: 1,
      returnComment: null,
      enteredBy: null,
      enteredAt: AT,
      submittedAt: null,
      approvedAt: null,
    });
    // someone else enters two of the cells first (a whole-KPI one and a region's)
    const raced = [cells[0], cells[301]] as const;
    await ctx.db
      .insertInto('kpiValue')
      .values([row(raced[0], -1), row(raced[1], -1)])
      .execute();
    const inserted = await insertValues(
      ctx.db,
      cells.map((c, i) => row(c, i)),
    );
    expect(inserted.size).toBe(cells.length - 2);
    for (const c of raced) expect(inserted.has(cellKey(c.kpiId, PERIOD, c.regionId))).toBe(false);
    const stored = await ctx.db
      .selectFrom('kpiValue')
      .select(['id', 'kpiId', 'regionId', 'value'])
      .where('period', '=', PERIOD)
      .execute();
    expect(stored).toHaveLength(cells.length);
    for (const s of stored) {
      const id = inserted.get(cellKey(s.kpiId, PERIOD, s.regionId));
      expect(s.value).toBe(
        id === undefined ? -1 : cells.findIndex((c) => c.kpiId === s.kpiId && c.regionId === s.regionId),
      );
      if (id !== undefined) expect(s.id).toBe(id);
    }
    // one row changes meanwhile (version 2): its update is skipped, the others get version 2
    const changed = stored[260] as (typeof stored)[number];
    await ctx.db
      .updateTable('kpiValue')
      .set({ version: 2, value: -2 })
      .where('id', '=', changed.id)
      .execute();
    const updates = stored.map((s) => ({
      id: s.id,
      expectedVersion: 1,
      value: 0.5,
      noDataReason: null,
      note: `n${s.id}`,
      evidenceUrl: null,
    }));
    const written = await updateValuesIfVersion(ctx.db, updates, { enteredBy: 1, enteredAt: AT });
    expect(written.size).toBe(stored.length - 1);
    expect(written.has(changed.id)).toBe(false);
    const after = await ctx.db.selectFrom('kpiValue').selectAll().where('period', '=', PERIOD).execute();
    for (const a of after) {
      if (a.id === changed.id) expect(a).toMatchObject({ version: 2, value: -2, note: null });
      else
        expect(a).toMatchObject({
          version: 2,
          value: 0.5,
          note: `n${a.id}`,
          state: 'draft',
          enteredBy: 1,
          returnComment: null,
        });
    }
  });
});
