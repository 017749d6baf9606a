// One cell's write inside the caller's transaction, the same for a PUT and for each cell of a batch:
// the place (period, region), the value rules, the quarter's lock and the version, then a compare-and-set
// write and its audit row. A broken rule throws before anything is written.
import type { PutValueBody } from '@rbm/shared/schemas';
import type { ValueLimits } from '@rbm/shared/rbm';
import type { Db } from '../../db/connection.ts';
import { conflict } from '../../errors.ts';
import type { WriteServiceContext } from '../../lib/service-context.ts';
import type { Audit } from '../audit/audit.service.ts';
import { entryProblem, lockProblem, periodProblem, regionProblem, requireNoProblem } from './value-rules.ts';
import * as repo from './values.repository.ts';
import type { ValueRow, WriteTarget } from './values.write-target.ts';

/** A value being written: in the write's transaction (`db`), with its audit. */
export interface ValueWriteContext extends WriteServiceContext {
  audit: Audit;
  /** `now` as ISO text, made once for the write's cells. */
  at: string;
}

/** The context of the value writes of one transaction (`db`), with its audit. */
export function valueWriteContext(ctx: WriteServiceContext, db: Db, audit: Audit): ValueWriteContext {
  return { db, now: ctx.now, actor: ctx.actor, audit, at: ctx.now.toISOString() };
}

/** The period and region rules, which a delete obeys too. */
export function checkPlace(
  ctx: WriteServiceContext,
  target: WriteTarget,
  period: string,
  regionId: number | null,
) {
  const { kpi, plan } = target;
  requireNoProblem(
    periodProblem(plan, period, kpi.frequency, ctx.now),
    regionProblem({ byRegion: kpi.byRegion === 1, code: kpi.code }, regionId),
  );
}

function checkVersion(existing: ValueRow | undefined, version: number | undefined): void {
  if (existing && version === undefined) {
    throw conflict(
      'version_required',
      `This value exists (version ${existing.version}): send the version you loaded`,
    );
  }
  if (existing && version !== existing.version) {
    throw conflict(
      'version_conflict',
      `Someone changed this value since you loaded it (your version ${version}, now ${existing.version})`,
    );
  }
  if (!existing && version !== undefined) {
    throw conflict('version_conflict', 'This value was deleted since you loaded it');
  }
}

export type ValueFields = Pick<ValueRow, 'value' | 'noDataReason' | 'note' | 'evidenceUrl'>;

/** What the body stores: a note or evidence left out of the body stays as stored. */
function fieldsOf(body: PutValueBody, existing: ValueRow | undefined): ValueFields {
  return {
    value: body.value,
    noDataReason: body.value === null ? (body.noDataReason?.trim() ?? null) : null,
    note: body.note === undefined ? (existing?.note ?? null) : body.note,
    evidenceUrl: body.evidenceUrl === undefined ? (existing?.evidenceUrl ?? null) : body.evidenceUrl,
  };
}

/** An autosave of what is stored changes nothing (a returned value's comment is cleared by a save). */
const unchanged = (existing: ValueRow, fields: ValueFields) =>
  existing.value === fields.value &&
  existing.noDataReason === fields.noDataReason &&
  existing.note === fields.note &&
  existing.evidenceUrl === fields.evidenceUrl &&
  existing.state === 'draft' &&
  existing.returnComment === null;

export const auditView = (
  row: Pick<ValueRow, 'value' | 'noDataReason' | 'note' | 'evidenceUrl' | 'state' | 'version'>,
) => ({
  value: row.value,
  noDataReason: row.noDataReason,
  note: row.note,
  evidenceUrl: row.evidenceUrl,
  state: row.state,
  version: row.version,
});

export interface Written {
  id: number;
  changes: Omit<repo.ValueChanges, 'enteredBy' | 'enteredAt'>;
}

/** The fields as a draft of this version (written out, not spread: a PUT's hot path). */
export const draftOf = (fields: ValueFields, version: number): Written['changes'] => ({
  value: fields.value,
  noDataReason: fields.noDataReason,
  note: fields.note,
  evidenceUrl: fields.evidenceUrl,
  state: 'draft',
  version,
  returnComment: null,
});

/** A new version of a stored value, as a draft, by compare-and-set; null when it changed meanwhile. */
export async function updateStored(
  ctx: ValueWriteContext,
  stored: { id: number; version: number; state: string },
  fields: ValueFields,
): Promise<Written | null> {
  const changes = draftOf(fields, stored.version + 1);
  const ok = await repo.updateValueIfVersion(ctx.db, stored, changes, {
    enteredBy: ctx.actor.userId,
    enteredAt: ctx.at,
  });
  return ok ? { id: stored.id, changes } : null;
}

/** The row of a cell's first value (written out, not spread: a batch inserts a thousand). */
export const newValueRow = (
  cell: { kpiId: number; period: string; regionId: number | null },
  changes: Written['changes'],
  entered: Pick<repo.ValueChanges, 'enteredBy' | 'enteredAt'>,
) => ({
  kpiId: cell.kpiId,
  period: cell.period,
  regionId: cell.regionId,
  value: changes.value,
  noDataReason: changes.noDataReason,
  note: changes.note,
  evidenceUrl: changes.evidenceUrl,
  state: changes.state,
  version: changes.version,
  returnComment: changes.returnComment,
  enteredBy: entered.enteredBy,
  enteredAt: entered.enteredAt,
  submittedAt: null,
  approvedAt: null,
});

/** A first value of the cell, as a draft; null when someone entered it meanwhile. */
export async function insertNew(
  ctx: ValueWriteContext,
  cell: { kpiId: number; period: string; regionId: number | null },
  fields: ValueFields,
): Promise<Written | null> {
  const changes = draftOf(fields, 1);
  const id = await repo.insertValue(
    ctx.db,
    newValueRow(cell, changes, { enteredBy: ctx.actor.userId, enteredAt: ctx.at }),
  );
  return id === null ? null : { id, changes };
}

/** One cell of a PUT or a batch, with the KPI's hard limits (null: none, or a value of null). */
export interface CellWrite {
  target: WriteTarget;
  period: string;
  regionId: number | null;
  regionCode: string | null;
  body: PutValueBody;
  limits: ValueLimits | null;
}

/** A checked cell: what it stores and over which value, or nothing to write (an unchanged autosave). */
export type CheckedCell =
  { write: false; row: ValueRow } | { write: true; existing: ValueRow | undefined; fields: ValueFields };

/** The checks of one cell (place, value rules, lock, version): what to write. A broken rule throws. */
export function checkCell(ctx: WriteServiceContext, cell: CellWrite): CheckedCell {
  const { target, period, regionId, body } = cell;
  const { kpi, existing } = target;
  checkPlace(ctx, target, period, regionId);
  const entry = entryProblem(kpi.unit, body, cell.limits);
  requireNoProblem(entry.ok ? null : entry.problem, lockProblem(period, existing, target.reviewStatus));
  checkVersion(existing, body.version);
  const fields = fieldsOf(body, existing);
  if (existing && unchanged(existing, fields)) return { write: false, row: existing };
  return { write: true, existing, fields };
}

/** The audit of a cell's write and the row as stored now; 409 when the write found the cell changed (null). */
export async function recordCell(
  ctx: ValueWriteContext,
  cell: CellWrite,
  checked: { existing: ValueRow | undefined; fields: ValueFields },
  written: Written | null,
): Promise<ValueRow> {
  const { target, period, regionId } = cell;
  const { kpi } = target;
  const { existing } = checked;
  if (!written && existing) {
    throw conflict('version_conflict', 'Someone changed this value at the same moment; load it again');
  }
  if (!written) throw conflict('version_required', 'Someone entered this value meanwhile; load it');
  await ctx.audit(
    existing
      ? {
          action: 'update',
          entity: 'kpi_value',
          kpiIds: kpi.id,
          entityId: written.id,
          before: auditView(existing),
          after: written.changes,
        }
      : {
          action: 'create',
          entity: 'kpi_value',
          kpiIds: kpi.id,
          entityId: written.id,
          after: auditView(written.changes),
        },
  );
  // field by field rather than spread: a batch records a thousand cells
  const { changes } = written;
  return {
    id: written.id,
    kpiId: existing ? existing.kpiId : kpi.id,
    period: existing ? existing.period : period,
    regionId: existing ? existing.regionId : regionId,
    regionCode: existing ? existing.regionCode : cell.regionCode,
    value: changes.value,
    noDataReason: changes.noDataReason,
    note: changes.note,
    evidenceUrl: changes.evidenceUrl,
    state: changes.state,
    version: changes.version,
    returnComment: changes.returnComment,
    enteredBy: ctx.actor.userId,
    enteredByName: ctx.actor.userId === null ? null : ctx.actor.username,
    enteredAt: ctx.at,
    submittedAt: existing ? existing.submittedAt : null,
    approvedAt: existing ? existing.approvedAt : null,
  };
}

/** What a cell's write changes, for its audit and answer (the id once known). */
export const changesOf = ({ existing, fields }: { existing: ValueRow | undefined; fields: ValueFields }) =>
  draftOf(fields, existing ? existing.version + 1 : 1);

/** Checks and writes one cell, audited; the row as stored now, and whether it is new (201). */
export async function writeCell(
  ctx: ValueWriteContext,
  cell: CellWrite,
): Promise<{ created: boolean; row: ValueRow }> {
  const checked = checkCell(ctx, cell);
  if (!checked.write) return { created: false, row: checked.row };
  const { existing, fields } = checked;
  const { kpi } = cell.target;
  const written = existing
    ? await updateStored(ctx, existing, fields)
    : await insertNew(ctx, { kpiId: kpi.id, period: cell.period, regionId: cell.regionId }, fields);
  return { created: !existing, row: await recordCell(ctx, cell, checked, written) };
}
