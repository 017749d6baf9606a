// Importing a filled-in sheet into a priority's quarter: the preview evaluates every row and writes
// nothing; the confirmation evaluates the same file again inside one transaction, refuses if anything
// changed since the preview (the token), and writes the valid rows as drafts through the values module,
// each audited. Approved values are never touched.
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
import { AppError, badRequest, conflict } from '../../errors.ts';
import { asEnum } from '../../lib/enums.ts';
import type { ServiceContext, WriteServiceContext } from '../../lib/service-context.ts';
import { auditedWrite } from '../audit/audit.service.ts';
import { valueLimitsOfPlan } from '../entry-rules/entry-rules.service.ts';
import type { ReviewScope } from '../review-scope/review-scope.service.ts';
import { findQuarterValues, importValues, valueWriteContext } from '../values/values.service.ts';
import { planImport, valueKey, type ImportContext, type ImportKpi, type ImportPlan } from './import-rows.ts';
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

async function loadContext(ctx: ServiceContext, scope: ReviewScope): Promise<ImportContext> {
  const { db, now } = ctx;
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
    findQuarterValues({ db }, owned, scope.period),
    repo.findReviewStatus(db, scope.priority.id, scope.period),
    valueLimitsOfPlan(ctx, scope.plan),
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

async function evaluate(ctx: ServiceContext, scope: ReviewScope, body: ImportFileBody) {
  const content = decode(body);
  const format = formatOf(body.fileName, content);
  const table = await readTable(format, content);
  const context = await loadContext(ctx, scope);
  const plan = planImport(table, context);
  return { format, plan, token: tokenOf(content, plan, context.reviewStatus) };
}

export async function previewImport(
  ctx: ServiceContext,
  input: { scope: ReviewScope; body: ImportFileBody },
): Promise<ImportPreview> {
  const { scope } = input;
  const { format, plan, token } = await evaluate(ctx, scope, input.body);
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
  ctx: WriteServiceContext,
  input: { scope: ReviewScope; body: ConfirmImportBody },
): Promise<ImportResult> {
  const { scope, body } = input;
  return auditedWrite(ctx.db, ctx, async (tx, audit) => {
    const { plan, token } = await evaluate({ ...ctx, db: tx }, scope, body);
    if (token !== body.token) {
      throw conflict(
        'import_stale',
        'The file or the stored values changed since the preview: preview again',
      );
    }
    const rows = plan.rows.flatMap((row) =>
      row.change === 'unchanged'
        ? []
        : [
            {
              kpiId: row.kpiId,
              period: scope.period,
              regionId: row.regionId,
              fields: {
                value: row.value,
                noDataReason: row.noDataReason,
                note: row.note,
                evidenceUrl: row.stored?.evidenceUrl ?? null,
              },
              stored: row.stored,
              reason: `Imported from ${body.fileName}, row ${row.row}`,
            },
          ],
    );
    const { created, updated } = await importValues(valueWriteContext(ctx, tx, audit), rows);
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
