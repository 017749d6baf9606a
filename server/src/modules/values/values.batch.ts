// Many cells in one request and one transaction (the grid's paste and autosave): each cell is checked,
// scoped, versioned and audited as its own PUT would be, and answered with that PUT's status; a cell that
// fails is answered with its problem and the others are saved. The data revision is raised once.
import { STATUS_CODES } from 'node:http';
import type { ValueLimits } from '@rbm/shared/rbm';
import type { KpiValue, ValueBatchBody, ValueBatchResult } from '@rbm/shared/schemas';
import { AppError } from '../../errors.ts';
import type { WriteServiceContext } from '../../lib/service-context.ts';
import { auditedWrite } from '../audit/audit.service.ts';
import { valueLimitsOfPlan } from '../entry-rules/entry-rules.service.ts';
import * as repo from './values.repository.ts';
import { findWriteTargets } from './values.targets.repository.ts';
import { unknownRegion, writeCell, type ValueWriteContext } from './values.write-cell.ts';
import {
  loadAssessmentBases,
  toValueDto,
  toWriteTarget,
  type ValueRow,
  type WriteTarget,
} from './values.write-target.ts';

type Result = ValueBatchResult['results'][number];
type Cell = ValueBatchBody['cells'][number];

const outOfScope = () =>
  new AppError(403, 'out_of_scope', 'This KPI belongs to a thematic priority outside your scope');

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
  const { priorityIds } = ctx.actor;
  return auditedWrite(ctx.db, ctx, async (tx, audit) => {
    const write: ValueWriteContext = { ...ctx, db: tx, audit };
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
    const saveCell = async (cell: Cell) => {
      const { kpiId, period, ...body } = cell;
      const regionId = regionOf(cell);
      const row = targets.find(kpiId, period, regionId ?? null);
      // The scope first, as the PUT's (an unknown KPI is a 404, a KPI outside the scope a 403).
      if (row && priorityIds !== null && !priorityIds.has(row.ownerPriorityId)) throw outOfScope();
      if (regionId === undefined) throw unknownRegion(body.region as string);
      const target = toWriteTarget(row, { kpiId, period, region: body.region, regionId });
      const limits = body.value === null ? null : await limitsOf(target.kpi);
      const regionCode = body.region ?? null;
      const written = await writeCell(write, { target, period, regionId, regionCode, body, limits });
      const { id: valueId, kpiId: _k, period: _p, regionId: _r, regionCode: _c, ...stored } = written.row;
      targets.store(kpiId, period, regionId, { valueId, ...stored });
      return { target, ...written };
    };
    const saved: Array<{ index: number; created: boolean; row: ValueRow; target: WriteTarget }> = [];
    const results: Result[] = [];
    for (const [index, cell] of input.cells.entries()) {
      try {
        saved.push({ index, ...(await saveCell(cell)) });
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        results[index] = failed(index, error);
      }
    }
    // The KPIs' statuses once every cell is written, each KPI read once.
    const wholeKpis = [...new Set(saved.filter((s) => s.row.regionId === null).map((s) => s.row.kpiId))];
    const bases = await loadAssessmentBases(tx, wholeKpis);
    for (const { index, created, row, target } of saved) {
      const basis = row.regionId === null ? (bases.get(row.kpiId) ?? null) : null;
      const value: KpiValue = toValueDto(row, target, basis, ctx.now);
      results[index] = { index, status: created ? 201 : 200, value };
    }
    return { results };
  });
}
