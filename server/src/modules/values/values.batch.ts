// Many cells in one request and one transaction (the grid's paste and autosave): each cell is checked,
// scoped, versioned and audited as its own PUT would be, and answered with that PUT's status; a cell that
// fails is answered with its problem and the others are saved. The data revision is raised once.
import { STATUS_CODES } from 'node:http';
import type { ValueLimits } from '@rbm/shared/rbm';
import type { KpiValue, PutValueBody, ValueBatchBody, ValueBatchResult } from '@rbm/shared/schemas';
import type { NewKpiValue } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import type { WriteServiceContext } from '../../lib/service-context.ts';
import { auditedWrite } from '../audit/audit.service.ts';
import { valueLimitsOfPlan } from '../entry-rules/entry-rules.service.ts';
import * as repo from './values.repository.ts';
import {
  cellKey,
  findWriteTargets,
  insertValues,
  updateValuesIfVersion,
  type StoredValue,
  type VersionedUpdate,
} from './values.targets.repository.ts';
import {
  changesOf,
  newValueRow,
  checkCell,
  recordCell,
  valueWriteContext,
  type CellWrite,
  type CheckedCell,
} from './values.write-cell.ts';
import {
  loadAssessmentBases,
  toValueDto,
  toWriteTarget,
  type ValueRow,
  type WriteTarget,
} from './values.write-target.ts';

type Result = ValueBatchResult['results'][number];
type Cell = ValueBatchBody['cells'][number];

/** A written row as the batch's targets keep it (what a later cell of the same place sees). */
const storedOf = (row: ValueRow): StoredValue => ({
  valueId: row.id,
  value: row.value,
  noDataReason: row.noDataReason,
  note: row.note,
  evidenceUrl: row.evidenceUrl,
  state: row.state,
  version: row.version,
  returnComment: row.returnComment,
  enteredBy: row.enteredBy,
  enteredAt: row.enteredAt,
  submittedAt: row.submittedAt,
  approvedAt: row.approvedAt,
  enteredByName: row.enteredByName,
});

function failed(index: number, error: AppError): Result {
  const title = STATUS_CODES[error.status] ?? 'Error';
  const errors = error.errors && error.errors.length > 0 ? { errors: error.errors } : {};
  return {
    index,
    status: error.status,
    problem: { code: error.code, title, detail: error.message, ...errors },
  };
}

/** Saves the cells in one transaction; one result per cell, in their order. */
export async function saveValueBatch(
  ctx: WriteServiceContext,
  input: ValueBatchBody,
): Promise<ValueBatchResult> {
  const regions = new Map((await repo.findRegions(ctx.db)).map((r) => [r.code, r.id]));
  return auditedWrite(ctx.db, ctx, async (tx, audit) => {
    const write = valueWriteContext(ctx, tx, audit);
    // The hard limits of every KPI of a plan, read once per plan (as the import does).
    const limitsByPlan = new Map<number, (kpiId: number) => ValueLimits>();
    const limitsOf = async (kpi: { id: number; planId: number; planCode: string }) => {
      let limits = limitsByPlan.get(kpi.planId);
      if (!limits) {
        limits = await valueLimitsOfPlan(write, { id: kpi.planId, code: kpi.planCode });
        limitsByPlan.set(kpi.planId, limits);
      }
      return limits(kpi.id);
    };
    const regionOf = (cell: Cell) => (cell.region === undefined ? null : regions.get(cell.region));
    // Every cell's KPI, stored value and quarter's review, read at once; a cell written twice sees its
    // first write (store, below), as it would read it back.
    const targets = await findWriteTargets(
      tx,
      input.cells.map((c) => ({ kpiId: c.kpiId, period: c.period, regionId: regionOf(c) ?? null })),
    );
    // A checked cell waits with the others and they are written together (flush): one compare-and-set
    // update and one insert per chunk of rows. A cell given again waits for its earlier write to be done.
    type Pending = { index: number; cell: CellWrite; checked: Extract<CheckedCell, { write: true }> };
    let pending: Pending[] = [];
    const pendingKeys = new Set<string>();
    const saved: Array<{ index: number; created: boolean; row: ValueRow; target: WriteTarget }> = [];
    const results: Result[] = [];
    const entered = { enteredBy: ctx.actor.userId, enteredAt: write.at };
    const flush = async () => {
      // field by field rather than spread: this runs for every cell of the batch
      const updates: VersionedUpdate[] = [];
      const inserts: NewKpiValue[] = [];
      for (const { cell, checked } of pending) {
        const { existing, fields } = checked;
        if (existing) {
          updates.push({
            id: existing.id,
            expectedVersion: existing.version,
            value: fields.value,
            noDataReason: fields.noDataReason,
            note: fields.note,
            evidenceUrl: fields.evidenceUrl,
            draft: existing.state === 'draft',
          });
        } else {
          const place = { kpiId: cell.target.kpi.id, period: cell.period, regionId: cell.regionId };
          inserts.push(newValueRow(place, changesOf(checked), entered));
        }
      }
      const updated = await updateValuesIfVersion(tx, updates, entered);
      const inserted = await insertValues(tx, inserts);
      for (const { index, cell, checked } of pending) {
        const { existing } = checked;
        const { kpi } = cell.target;
        const id = existing
          ? updated.has(existing.id)
            ? existing.id
            : undefined
          : inserted.get(cellKey(kpi.id, cell.period, cell.regionId));
        const written = id === undefined ? null : { id, changes: changesOf(checked) };
        try {
          const row = await recordCell(write, cell, checked, written);
          targets.store(kpi.id, cell.period, cell.regionId, storedOf(row));
          saved.push({ index, created: !existing, row, target: cell.target });
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          results[index] = failed(index, error);
        }
      }
      pending = [];
      pendingKeys.clear();
    };
    const checkOne = async (index: number, cell: Cell) => {
      const { kpiId, period } = cell;
      const body: PutValueBody = cell; // a cell is a PUT's body with its place (kpiId, period) beside
      const regionId = regionOf(cell);
      const key = cellKey(kpiId, period, regionId ?? null);
      if (pendingKeys.has(key)) await flush();
      const row = targets.find(kpiId, period, regionId ?? null);
      const target = toWriteTarget(row, { kpiId, period, region: body.region, regionId, actor: ctx.actor });
      const limits = body.value === null ? null : await limitsOf(target.kpi);
      const regionCode = body.region ?? null;
      const placed = regionId ?? null; // a known region (toWriteTarget refused an unknown code)
      const checkedCell: CellWrite = { target, period, regionId: placed, regionCode, body, limits };
      const checked = checkCell(write, checkedCell);
      if (!checked.write) {
        saved.push({ index, created: false, row: checked.row, target });
        return;
      }
      pending.push({ index, cell: checkedCell, checked });
      pendingKeys.add(key);
    };
    for (const [index, cell] of input.cells.entries()) {
      try {
        await checkOne(index, cell);
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        results[index] = failed(index, error);
      }
    }
    await flush();
    // The KPIs' statuses once every cell is written, each KPI read once.
    const whole = saved.filter((s) => s.row.regionId === null).map((s) => s.row);
    const wholeKpis = [...new Set(whole.map((row) => row.kpiId))];
    const bases = await loadAssessmentBases(
      tx,
      wholeKpis,
      whole.map((row) => row.period),
    );
    for (const { index, created, row, target } of saved) {
      const basis = row.regionId === null ? (bases.get(row.kpiId) ?? null) : null;
      const value: KpiValue = toValueDto(row, target, basis, ctx.now);
      results[index] = { index, status: created ? 201 : 200, value };
    }
    return { results };
  });
}
