// The units' activities as a spreadsheet (export), and the import of an edited sheet: the preview checks every
// row and writes nothing; the confirmation checks the same file again in one transaction, refuses if a row is
// bad or if the file or the activities changed since the preview (409 import_stale), then records and changes
// the activities, each audited with before and after. Scope as the activity write routes (theme-access.ts).
import { createHash } from 'node:crypto';
import {
  ACTIVITY_SHEET_HEADERS,
  type Activity,
  type ActivityBody,
  type ActivityExportQuery,
  type ActivityImportBody,
  type ActivityImportPreview,
  type ActivityImportProblem,
  type ActivityImportProblemCode,
  type ActivityImportResult,
  type ConfirmActivityImportBody,
} from '@rbm/shared/schemas';
import { AppError, badRequest } from '../../errors.ts';
import type { WriteServiceContext } from '../../lib/service-context.ts';
import { auditedWrite } from '../audit/audit.service.ts';
import {
  countRows,
  refuseOutOfScope,
  registerChanged,
  requireConfirmable,
} from '../imports/register-import.ts';
import { decodeUpload, formatOf, readTable, writeTable, type SheetFile } from '../imports/spreadsheet.ts';
import { loadActivities, resolveBody } from './activities.service.ts';
import { bodyOf, cellsOf, cellText, CODE, CODE_AT, columnLetter, readRow } from './activity-sheet-row.ts';
import { listUnits, themeAccess } from './theme-access.ts';
import * as repo from './themes.repository.ts';

export async function exportActivities(
  ctx: WriteServiceContext,
  input: ActivityExportQuery,
): Promise<SheetFile & { filename: string }> {
  const [access, units] = await Promise.all([themeAccess(ctx.db, ctx.actor), listUnits(ctx.db)]);
  if (!units.some((u) => access.editsActivitiesOf(u))) {
    throw new AppError(
      403,
      'out_of_scope',
      "The activities are exported to be edited: focal points, planners of a unit's Sector, administrators",
    );
  }
  const rows = (await loadActivities(ctx)).map((a) => cellsOf(bodyOf(a)));
  const file = await writeTable(input.format ?? 'xlsx', 'Activities', [...ACTIVITY_SHEET_HEADERS], rows);
  return { ...file, filename: `activities.${file.extension}` };
}

type Row = ActivityImportPreview['rows'][number] & { body: ActivityBody; existing: Activity | null };

/** Every row of the file checked against the units, regions, themes, the activities and the reader's scope. */
async function evaluate(ctx: WriteServiceContext, input: ActivityImportBody) {
  const content = decodeUpload(input.content);
  const format = formatOf(input.fileName, content);
  const table = await readTable(format, content);
  const header = (table[0] ?? []).map((c) => cellText(c).toLowerCase());
  const column = ACTIVITY_SHEET_HEADERS.map((h) => header.indexOf(h.toLowerCase()));
  const missing = ACTIVITY_SHEET_HEADERS.filter((_, i) => column[i] === -1);
  if (missing.length > 0) {
    throw badRequest('headers_missing', `The first row must name these columns: ${missing.join(', ')}`);
  }
  const [activities, units, regions, themes, access] = await Promise.all([
    loadActivities(ctx),
    listUnits(ctx.db),
    repo.findRegions(ctx.db),
    repo.findThemes(ctx.db),
    themeAccess(ctx.db, ctx.actor),
  ]);
  const known = { units, regions: regions.map((r) => r.code), themes: themes.map((t) => t.code) };
  const rows: Row[] = [];
  const invalid: ActivityImportProblem[] = [];
  const seen = new Set<string>();
  const outOfScope: string[] = [];
  for (const [index, cells] of table.slice(1).entries()) {
    const rowNumber = index + 2;
    const values = ACTIVITY_SHEET_HEADERS.map((_, i) => cellText(cells[column[i] ?? 0]));
    if (values.every((v) => v === '')) continue;
    const code = values[CODE_AT] ?? '';
    const problem = (at: number, problemCode: ActivityImportProblemCode, message: string) =>
      invalid.push({
        row: rowNumber,
        cell: `${columnLetter(column[at] ?? 0)}${rowNumber}`,
        activity: CODE.test(code) ? code : null,
        code: problemCode,
        message,
      });
    const body = readRow(values, known);
    if ('at' in body) {
      problem(body.at, body.code, body.message);
      continue;
    }
    if (seen.has(code)) {
      problem(CODE_AT, 'activity_repeated', `${code} appears on an earlier row too`);
      continue;
    }
    seen.add(code);
    const existing = activities.find((a) => a.code === code) ?? null;
    const change = !existing
      ? 'new'
      : cellsOf(bodyOf(existing), true).join('\u0001') === cellsOf(body, true).join('\u0001')
        ? 'unchanged'
        : 'changed';
    // an unchanged row is read, not written: a whole export imports back for any focal point
    const allowed =
      access.editsActivitiesOf(body.unit) && (!existing || access.editsActivitiesOf(existing.unit));
    if (change !== 'unchanged' && !allowed) {
      outOfScope.push(`row ${rowNumber} (${code})`);
      continue;
    }
    rows.push({ row: rowNumber, activity: code, unit: body.unit, change, body, existing });
  }
  const hash = createHash('sha256').update(content);
  for (const r of rows)
    hash.update(`|${r.row}:${r.change}:${r.existing?.id ?? 0}:${r.existing?.version ?? 0}`);
  for (const p of invalid) hash.update(`|${p.row}:${p.code}`);
  refuseOutOfScope(outOfScope, 'activities of units outside your scope');
  return { format, rows, invalid, token: hash.digest('base64url') };
}

export async function previewActivityImport(
  ctx: WriteServiceContext,
  input: ActivityImportBody,
): Promise<ActivityImportPreview> {
  const { format, rows, invalid, token } = await evaluate(ctx, input);
  return {
    format,
    counts: countRows(rows, invalid.length),
    rows: rows.map(({ row, activity, unit, change }) => ({ row, activity, unit, change })),
    invalid,
    token,
  };
}

export async function importActivities(
  ctx: WriteServiceContext,
  input: ConfirmActivityImportBody,
): Promise<ActivityImportResult> {
  const stamp = ctx.now.toISOString();
  return auditedWrite(ctx.db, ctx, async (tx, audit) => {
    const { rows, invalid, token } = await evaluate({ ...ctx, db: tx }, input);
    requireConfirmable(
      token,
      input.token,
      invalid.map((p) => p.row),
    );
    const result: ActivityImportResult = { created: 0, updated: 0, unchanged: 0 };
    for (const { change, body, existing } of rows) {
      if (change === 'unchanged') {
        result.unchanged += 1;
        continue;
      }
      const { fields, links } = await resolveBody(tx, body);
      if (existing === null) {
        const id = await repo.insertActivity(tx, fields, stamp);
        await repo.replaceActivityLinks(tx, id, links);
        await audit({ action: 'create', entity: 'activity', entityId: id, after: body, reason: 'import' });
        result.created += 1;
      } else {
        fields.sourceStatus = existing.sourceStatus;
        if (!(await repo.updateActivity(tx, existing.id, existing.version, fields, stamp))) {
          throw registerChanged();
        }
        await repo.replaceActivityLinks(tx, existing.id, links);
        await audit({
          action: 'update',
          entity: 'activity',
          entityId: existing.id,
          before: existing,
          after: body,
          reason: 'import',
        });
        result.updated += 1;
      }
    }
    return result;
  });
}
