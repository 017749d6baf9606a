// Importing a filled-in sheet into a priority's quarter: the preview evaluates every row and writes
// nothing; the confirmation evaluates the same file again inside one transaction, refuses if anything
// changed since the preview (the token), and writes the valid rows as drafts, each audited. Approved
// values are never touched.
import { createHash } from 'node:crypto';
import { FREQUENCIES, KPI_UNITS } from '@rbm/shared';
import { toRbmPlan } from '../figures/figures.service.ts';
import {
  IMPORT_MAX_BYTES,
  type ConfirmImportBody,
  type ImportFileBody,
  type ImportPreview,
  type ImportResult,
} from '@rbm/shared/schemas';
import type { Db } from '../../db/connection.ts';
import { AppError, badRequest, conflict } from '../../errors.ts';
import type { Actor } from '../../lib/actor.ts';
import { asEnum } from '../../lib/enums.ts';
import { auditedWrite } from '../audit/audit.service.ts';
import type { ReviewScope } from '../reviews/reviews.view.ts';
import { insertValue, updateValueIfVersion } from '../values/values.repository.ts';
import { planImport, valueKey, type ImportContext, type ImportKpi, type ImportPlan } from './import-rows.ts';
import { valueLimitsOfPlan } from '../entry-rules/entry-rules.service.ts';
import * as repo from './imports.repository.ts';
import { formatOf, readTable } from './spreadsheet.ts';

/** The decoded file; 413 beyond the limit, 400 when it is not base64 or is empty. */
function decode(body: ImportFileBody): Buffer {
  const base64 = body.content.replace(/\s/g, '');
  if (base64.length > Math.ceil(IMPORT_MAX_BYTES / 3) * 4 + 4) {
    throw new AppError(
      413,
      'file_too_large',
      `The file is larger than ${IMPORT_MAX_BYTES / 1024 / 1024} MB; split it`,
    );
  }
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) {
    throw badRequest('file_not_base64', 'The file content must be base64-encoded');
  }
  const content = Buffer.from(base64, 'base64');
  if (content.length > IMPORT_MAX_BYTES) {
    throw new AppError(
      413,
      'file_too_large',
      `The file is larger than ${IMPORT_MAX_BYTES / 1024 / 1024} MB; split it`,
    );
  }
  if (content.length === 0) throw badRequest('file_empty', 'The file is empty');
  return content;
}

async function loadContext(db: Db, scope: ReviewScope, now: Date): Promise<ImportContext> {
  const kpiRows = (await repo.findPlanKpis(db, scope.plan.id)).filter((k) => k.active === 1);
  const kpis = new Map<string, ImportKpi>(
    kpiRows.map((k) => [
      k.code.toUpperCase(),
      {
        id: k.id,
        code: k.code,
        ownerPriorityId: k.ownerPriorityId,
        ownerPriorityCode: k.ownerPriorityCode,
        unit: asEnum(KPI_UNITS, k.unit, 'kpi.unit'),
        frequency: asEnum(FREQUENCIES, k.frequency, 'kpi.frequency'),
        byRegion: k.byRegion === 1,
      },
    ]),
  );
  const owned = kpiRows.filter((k) => k.ownerPriorityId === scope.priority.id).map((k) => k.id);
  const [regions, values, reviewStatus, limits] = await Promise.all([
    repo.findRegions(db),
    repo.findQuarterValues(db, owned, scope.period),
    repo.findReviewStatus(db, scope.priority.id, scope.period),
    valueLimitsOfPlan(db, scope.plan),
  ]);
  return {
    priorityId: scope.priority.id,
    priorityCode: scope.priority.code,
    period: scope.period,
    plan: toRbmPlan(scope.plan),
    now,
    kpis,
    regions: new Map(regions.map((r) => [r.code.toUpperCase(), r.id])),
    stored: new Map(values.map((v) => [valueKey(v.kpiId, v.regionId), v])),
    reviewStatus,
    limits,
  };
}

/** Names exactly this file against exactly these stored values: any change in between changes it. */
function tokenOf(content: Buffer, plan: ImportPlan, reviewStatus: string | null): string {
  const hash = createHash('sha256')
    .update(content)
    .update(reviewStatus ?? 'open');
  for (const row of plan.rows)
    hash.update(`|${row.row}:${row.change}:${row.stored?.id ?? 0}:${row.stored?.version ?? 0}`);
  for (const problem of plan.invalid) hash.update(`|${problem.row}:${problem.code}`);
  return hash.digest('base64url');
}

async function evaluate(db: Db, scope: ReviewScope, body: ImportFileBody, now: Date) {
  const content = decode(body);
  const format = formatOf(body.fileName, content);
  const table = await readTable(format, content);
  const context = await loadContext(db, scope, now);
  const plan = planImport(table, context);
  return { format, plan, token: tokenOf(content, plan, context.reviewStatus) };
}

export async function previewImport(
  db: Db,
  scope: ReviewScope,
  body: ImportFileBody,
  now: Date,
): Promise<ImportPreview> {
  const { format, plan, token } = await evaluate(db, scope, body, now);
  return {
    priority: scope.priority.code,
    period: scope.period,
    format,
    counts: plan.counts,
    rows: plan.rows.map(({ kpiId: _k, regionId: _r, stored: _s, ...row }) => row),
    invalid: plan.invalid,
    token,
  };
}

export async function confirmImport(
  db: Db,
  actor: Actor,
  scope: ReviewScope,
  body: ConfirmImportBody,
  now: Date,
): Promise<ImportResult> {
  const stamp = now.toISOString();
  return auditedWrite(db, { actor, now }, async (tx, audit) => {
    const { plan, token } = await evaluate(tx, scope, body, now);
    if (token !== body.token) {
      throw conflict(
        'import_stale',
        'The file or the stored values changed since the preview: preview again',
      );
    }
    let created = 0;
    let updated = 0;
    for (const row of plan.rows) {
      if (row.change === 'unchanged') continue;
      const fields = {
        value: row.value,
        noDataReason: row.noDataReason,
        note: row.note,
        evidenceUrl: row.stored?.evidenceUrl ?? null,
      };
      const entry = {
        action: 'import',
        entity: 'kpi_value',
        kpiIds: row.kpiId,
        reason: `Imported from ${body.fileName}, row ${row.row}`,
      };
      if (row.stored) {
        const { stored } = row;
        const next = { ...fields, state: 'draft', version: stored.version + 1, returnComment: null };
        const ok = await updateValueIfVersion(tx, stored.id, stored.version, {
          ...next,
          enteredBy: actor.userId,
          enteredAt: stamp,
        });
        if (!ok) throw conflict('import_stale', 'A value changed during the import: preview again');
        await audit({
          ...entry,
          entityId: stored.id,
          before: {
            period: scope.period,
            regionId: stored.regionId,
            value: stored.value,
            noDataReason: stored.noDataReason,
            note: stored.note,
            state: stored.state,
            version: stored.version,
          },
          after: { period: scope.period, regionId: stored.regionId, ...next },
        });
        updated++;
      } else {
        const id = await insertValue(tx, {
          kpiId: row.kpiId,
          period: scope.period,
          regionId: row.regionId,
          ...fields,
          state: 'draft',
          version: 1,
          returnComment: null,
          enteredBy: actor.userId,
          enteredAt: stamp,
          submittedAt: null,
          approvedAt: null,
        });
        if (id === null) throw conflict('import_stale', 'A value changed during the import: preview again');
        await audit({
          ...entry,
          entityId: id,
          after: { period: scope.period, regionId: row.regionId, ...fields, state: 'draft', version: 1 },
        });
        created++;
      }
    }
    return {
      priority: scope.priority.code,
      period: scope.period,
      created,
      updated,
      unchanged: plan.counts.unchanged,
      invalid: plan.counts.invalid,
    };
  });
}
