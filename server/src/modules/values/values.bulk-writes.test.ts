// The batch's bulk writes (one statement per chunk of rows): a row changed or entered meanwhile is left
// alone and left out of the answer, the others are written, across chunk boundaries.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../../test/build-test-app.ts';
import { CompiledQuery } from 'kysely';
import {
  cellKey,
  insertValues,
  updateValuesIfVersion,
  updateValuesQuery,
  WRITE_CHUNK,
} from './values.targets.repository.ts';

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
    type Cell = (typeof cells)[number];
    const raced = [cells[0] as Cell, cells[301] as Cell];
    await ctx.db
      .insertInto('kpiValue')
      .values(raced.map((c) => row(c, -1)))
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
    // a third of the values were returned by a reviewer: saved again, they become drafts (the others stay
    // drafts, their state left as it is)
    const returned = stored.filter((_, i) => i % 3 === 0).map((s) => s.id);
    await ctx.db
      .updateTable('kpiValue')
      .set({ state: 'returned', returnComment: 'Check the source' })
      .where('id', 'in', returned)
      .execute();
    const updates = stored.map((s) => ({
      id: s.id,
      expectedVersion: 1,
      value: 0.5,
      noDataReason: null,
      note: `n${s.id}`,
      evidenceUrl: null,
      draft: !returned.includes(s.id),
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

  it('plans a full chunk of updates on both databases, finding each row by its id on SQLite', async () => {
    const updates = Array.from({ length: WRITE_CHUNK }, (_, i) => ({
      id: i + 1,
      expectedVersion: 1,
      value: 1,
      noDataReason: null,
      note: null,
      evidenceUrl: null,
      draft: false,
    }));
    const query = updateValuesQuery(updates, { enteredBy: null, enteredAt: AT }).compile(ctx.db);
    const explain = ctx.dialect === 'sqlite' ? 'explain query plan' : 'explain';
    const { rows } = await ctx.db.executeQuery<Record<string, unknown>>(
      CompiledQuery.raw(`${explain} ${query.sql}`, [...query.parameters]),
    );
    const plan = rows.map((r) => String(r.detail ?? r['QUERY PLAN'] ?? '')).join('\n');
    expect(plan).toMatch(/kpi_value/);
    // Without the unary plus SQLite indexed the VALUES rows and scanned kpi_value against them, at a cost
    // that grew with the table (130 µs a row at 600,000 values).
    if (ctx.dialect === 'sqlite') {
      expect(plan).toContain('SEARCH kpi_value USING INTEGER PRIMARY KEY');
      expect(plan).not.toContain('SCAN kpi_value');
    }
  });
});
