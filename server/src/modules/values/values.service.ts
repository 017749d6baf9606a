// Entering and deleting KPI values: checked against the KPI (unit, period, region) by the value rules,
// never over another person's newer change (version), never in a submitted or approved quarter, always
// audited. The spreadsheet import writes its rows through importValue, under the same rules.
import type { KpiValue, PutValueBody } from '@rbm/shared/schemas';
import type { Db } from '../../db/connection.ts';
import { conflict, notFound, unprocessable } from '../../errors.ts';
import type { WriteServiceContext } from '../../lib/service-context.ts';
import { auditedWrite, type Audit } from '../audit/audit.service.ts';
import { valueLimitsOf } from '../entry-rules/entry-rules.service.ts';
import { entryProblem, lockProblem, periodProblem, regionProblem, requireNoProblem } from './value-rules.ts';
import * as repo from './values.repository.ts';
import {
  loadAssessmentBasis,
  loadWriteTarget,
  toValueDto,
  type ValueRow,
  type WriteTarget,
} from './values.write-target.ts';

export { entryProblem, lockProblem, periodProblem, regionProblem, type ValueProblem } from './value-rules.ts';

/** The region's id (null for the KPI as a whole); 422 when the code is unknown. */
async function resolveRegion(db: Db, region: string | undefined): Promise<number | null> {
  if (region === undefined) return null;
  const row = await repo.findRegionByCode(db, region);
  if (!row) {
    throw unprocessable('unknown_region', `Region ${region} does not exist`, [
      { field: 'body.region', code: 'unknown_region', message: `Region ${region} does not exist` },
    ]);
  }
  return row.id;
}

/** The period and region rules, which a delete obeys too. */
function checkPlace(ctx: WriteServiceContext, target: WriteTarget, period: string, regionId: number | null) {
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

type ValueFields = Pick<ValueRow, 'value' | 'noDataReason' | 'note' | 'evidenceUrl'>;

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

const auditView = (
  row: Pick<ValueRow, 'value' | 'noDataReason' | 'note' | 'evidenceUrl' | 'state' | 'version'>,
) => ({
  value: row.value,
  noDataReason: row.noDataReason,
  note: row.note,
  evidenceUrl: row.evidenceUrl,
  state: row.state,
  version: row.version,
});

/** A value being written: in the write's transaction (`db`), with its audit. */
export interface ValueWriteContext extends WriteServiceContext {
  audit: Audit;
}

interface Written {
  id: number;
  changes: Omit<repo.ValueChanges, 'enteredBy' | 'enteredAt'>;
}

/** A new version of a stored value, as a draft, by compare-and-set; null when it changed meanwhile. */
async function updateStored(
  ctx: ValueWriteContext,
  stored: { id: number; version: number },
  fields: ValueFields,
): Promise<Written | null> {
  const changes = { ...fields, state: 'draft', version: stored.version + 1, returnComment: null };
  const entered = { enteredBy: ctx.actor.userId, enteredAt: ctx.now.toISOString() };
  const ok = await repo.updateValueIfVersion(ctx.db, stored.id, stored.version, { ...changes, ...entered });
  return ok ? { id: stored.id, changes } : null;
}

/** A first value of the cell, as a draft; null when someone entered it meanwhile. */
async function insertNew(
  ctx: ValueWriteContext,
  cell: { kpiId: number; period: string; regionId: number | null },
  fields: ValueFields,
): Promise<Written | null> {
  const changes = { ...fields, state: 'draft', version: 1, returnComment: null };
  const id = await repo.insertValue(ctx.db, {
    ...cell,
    ...changes,
    enteredBy: ctx.actor.userId,
    enteredAt: ctx.now.toISOString(),
    submittedAt: null,
    approvedAt: null,
  });
  return id === null ? null : { id, changes };
}

/** Stores a value of a KPI (201 when new): checked, versioned, audited, answered with the KPI's status. */
export async function putValue(
  ctx: WriteServiceContext,
  input: { kpiId: number; period: string; body: PutValueBody },
): Promise<{ created: boolean; value: KpiValue }> {
  const { kpiId, period, body } = input;
  const regionId = await resolveRegion(ctx.db, body.region);
  const enteredByName = ctx.actor.userId === null ? null : ctx.actor.username;
  return auditedWrite(ctx.db, ctx, async (tx, audit) => {
    const write: ValueWriteContext = { ...ctx, db: tx, audit };
    const target = await loadWriteTarget(tx, { kpiId, period, region: body.region, regionId });
    const { kpi, existing } = target;
    checkPlace(write, target, period, regionId);
    const limits = body.value === null ? null : await valueLimitsOf(write, kpiId);
    const entry = entryProblem(kpi.unit, body, limits);
    requireNoProblem(entry.ok ? null : entry.problem, lockProblem(period, existing, target.reviewStatus));
    checkVersion(existing, body.version);
    const fields = fieldsOf(body, existing);
    const answer = async (row: ValueRow, created: boolean) => ({
      created,
      value: toValueDto(row, target, await loadAssessmentBasis(tx, row), ctx.now),
    });
    if (existing && unchanged(existing, fields)) return answer(existing, false);
    const written = existing
      ? await updateStored(write, existing, fields)
      : await insertNew(write, { kpiId, period, regionId }, fields);
    if (!written && existing) {
      throw conflict('version_conflict', 'Someone changed this value at the same moment; load it again');
    }
    if (!written) throw conflict('version_required', 'Someone entered this value meanwhile; load it');
    const audited = { entity: 'kpi_value', kpiIds: kpiId, entityId: written.id };
    await audit(
      existing
        ? { ...audited, action: 'update', before: auditView(existing), after: written.changes }
        : { ...audited, action: 'create', after: { ...fields, state: 'draft', version: 1 } },
    );
    const entered = { enteredBy: ctx.actor.userId, enteredByName, enteredAt: ctx.now.toISOString() };
    const base = existing ?? {
      kpiId,
      period,
      regionId,
      regionCode: body.region ?? null,
      submittedAt: null,
      approvedAt: null,
    };
    return answer({ ...base, ...written.changes, ...entered, id: written.id }, !existing);
  });
}

/** Deletes a value of a KPI under the same rules (the version, when given, must match). */
export async function deleteValue(
  ctx: WriteServiceContext,
  input: { kpiId: number; period: string; region?: string; version?: number },
): Promise<void> {
  const regionId = await resolveRegion(ctx.db, input.region);
  await auditedWrite(ctx.db, ctx, async (tx, audit) => {
    const target = await loadWriteTarget(tx, { ...input, regionId });
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

/** Writes one imported row as a draft in the import's transaction, audited; 409 import_stale when raced. */
export async function importValue(
  ctx: ValueWriteContext,
  input: ImportedValue,
): Promise<'created' | 'updated'> {
  const { stored, period, regionId, fields } = input;
  const written = stored
    ? await updateStored(ctx, stored, fields)
    : await insertNew(ctx, { kpiId: input.kpiId, period, regionId }, fields);
  if (!written) throw conflict('import_stale', 'A value changed during the import: preview again');
  const audited = { action: 'import', entity: 'kpi_value', kpiIds: input.kpiId, reason: input.reason };
  const cell = { period, regionId };
  await ctx.audit(
    stored
      ? {
          ...audited,
          entityId: written.id,
          before: {
            ...cell,
            value: stored.value,
            noDataReason: stored.noDataReason,
            note: stored.note,
            state: stored.state,
            version: stored.version,
          },
          after: { ...cell, ...written.changes },
        }
      : { ...audited, entityId: written.id, after: { ...cell, ...fields, state: 'draft', version: 1 } },
  );
  return stored ? 'updated' : 'created';
}
