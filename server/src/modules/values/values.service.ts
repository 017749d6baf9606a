// Entering and deleting KPI values: checked against the KPI (unit, period, region) by the value rules,
// never over another person's newer change (version), never in a submitted or approved quarter, always
// audited. The spreadsheet import writes its rows through importValue, under the same rules.
import type { KpiValue, PutValueBody } from '@rbm/shared/schemas';
import { conflict, notFound } from '../../errors.ts';
import type { WriteServiceContext } from '../../lib/service-context.ts';
import { auditedWrite } from '../audit/audit.service.ts';
import { valueLimitsOfRow, type ValueLimitRow } from '../entry-rules/entry-rules.service.ts';
import { lockProblem, requireNoProblem } from './value-rules.ts';
import * as repo from './values.repository.ts';
import {
  auditView,
  checkPlace,
  draftOf,
  newValueRow,
  writeCell,
  valueWriteContext,
  type ValueFields,
  type ValueWriteContext,
} from './values.write-cell.ts';
import { loadAssessmentBasis, toValueDto, toWriteTarget, type ValueRow } from './values.write-target.ts';

export { entryProblem, lockProblem, periodProblem, regionProblem, type ValueProblem } from './value-rules.ts';
export { valueWriteContext, type ValueWriteContext } from './values.write-cell.ts';

/** The target of one write, read in its transaction and checked (toWriteTarget), and the KPI's value rules. */
async function loadWriteTarget(
  ctx: WriteServiceContext,
  input: { kpiId: number; period: string; region?: string | undefined },
) {
  const { kpiId, period, region } = input;
  const row = await repo.findWriteTarget(ctx.db, kpiId, period, region ?? null);
  const regionId = region === undefined ? null : (row?.regionId ?? undefined);
  const target = toWriteTarget(row, { kpiId, period, region, regionId, actor: ctx.actor });
  // toWriteTarget has refused a missing KPI
  const rules: ValueLimitRow = row as NonNullable<typeof row>;
  return { target, regionId: regionId ?? null, rules };
}

/** Stores a value of a KPI (201 when new): checked, versioned, audited, answered with the KPI's status. */
export async function putValue(
  ctx: WriteServiceContext,
  input: { kpiId: number; period: string; body: PutValueBody },
): Promise<{ created: boolean; value: KpiValue }> {
  const { kpiId, period, body } = input;
  return auditedWrite(ctx.db, ctx, async (tx, audit) => {
    const write = valueWriteContext(ctx, tx, audit);
    const { target, regionId, rules } = await loadWriteTarget(write, { kpiId, period, region: body.region });
    const limits = body.value === null ? null : valueLimitsOfRow(rules);
    const regionCode = body.region ?? null;
    const { created, row } = await writeCell(write, { target, period, regionId, regionCode, body, limits });
    return { created, value: toValueDto(row, target, await loadAssessmentBasis(tx, row), ctx.now) };
  });
}

/** Deletes a value of a KPI under the same rules (the version, when given, must match). */
export async function deleteValue(
  ctx: WriteServiceContext,
  input: { kpiId: number; period: string; region?: string; version?: number },
): Promise<void> {
  await auditedWrite(ctx.db, ctx, async (tx, audit) => {
    const { target, regionId } = await loadWriteTarget({ ...ctx, db: tx }, input);
    const { kpi, existing } = target;
    checkPlace(ctx, target, input.period, regionId);
    if (!existing) {
      throw notFound('Value of KPI', `${kpi.code} ${input.period}${input.region ? ` ${input.region}` : ''}`);
    }
    requireNoProblem(lockProblem(input.period, existing, target.reviewStatus));
    if (input.version !== undefined && input.version !== existing.version) {
      throw conflict(
        'version_conflict',
        `Someone changed this value since you loaded it (now version ${existing.version})`,
      );
    }
    if (!(await repo.deleteValueIfVersion(tx, existing.id, existing.version))) {
      throw conflict('version_conflict', 'Someone changed this value at the same moment; load it again');
    }
    await audit({
      action: 'delete',
      entity: 'kpi_value',
      kpiIds: input.kpiId,
      entityId: existing.id,
      before: auditView(existing),
    });
  });
}

/** A row of an import, checked by the import against the value rules; `stored` is the value it replaces. */
export interface ImportedValue {
  kpiId: number;
  period: string;
  regionId: number | null;
  fields: ValueFields;
  stored: Pick<ValueRow, 'id' | 'version' | 'value' | 'noDataReason' | 'note' | 'state'> | null;
  /** Why, for the audit log (the file and row). */
  reason: string;
}

const importStale = () => conflict('import_stale', 'A value changed during the import: preview again');

/**
 * Writes an import's rows as drafts in the import's transaction (`ctx.db`), each audited; 409 import_stale
 * when a row was raced. One plain loop over the repository: the import writes ten thousand rows at once.
 */
export async function importValues(
  ctx: ValueWriteContext,
  rows: readonly ImportedValue[],
): Promise<{ created: number; updated: number }> {
  const entered = { enteredBy: ctx.actor.userId, enteredAt: ctx.at };
  let created = 0;
  for (const row of rows) {
    const { stored, period, regionId, fields } = row;
    const audited = { action: 'import', entity: 'kpi_value', kpiIds: row.kpiId, reason: row.reason };
    if (stored) {
      const changes = draftOf(fields, stored.version + 1);
      const ok = await repo.updateValueIfVersion(ctx.db, stored, changes, entered);
      if (!ok) throw importStale();
      const { value, noDataReason, note, state, version } = stored;
      await ctx.audit({
        ...audited,
        entityId: stored.id,
        before: { period, regionId, value, noDataReason, note, state, version },
        after: { period, regionId, ...changes },
      });
    } else {
      const first = draftOf(fields, 1);
      const id = await repo.insertValue(
        ctx.db,
        newValueRow({ kpiId: row.kpiId, period, regionId }, first, entered),
      );
      if (id === null) throw importStale();
      await ctx.audit({ ...audited, entityId: id, after: { period, regionId, ...auditView(first) } });
      created++;
    }
  }
  return { created, updated: rows.length - created };
}

/** Every value (whole KPI and regions) of the KPIs in one quarter: the entry grid's and the quarter's spreadsheets'. */
export function findQuarterValues(
  ctx: Pick<WriteServiceContext, 'db'>,
  kpiIds: readonly number[],
  period: string,
) {
  return repo.findQuarterValues(ctx.db, kpiIds, period);
}

export type QuarterValueRow = Awaited<ReturnType<typeof repo.findQuarterValues>>[number];
