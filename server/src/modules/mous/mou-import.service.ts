// Importing the MoU sheet (exported by mou-export.service.ts), like the commitments': the preview evaluates
// every row and writes nothing; the confirmation evaluates the same file again in one transaction, refuses
// if any row is bad or if the file or the MoUs changed since the preview (the token), then creates and
// changes the MoUs, each audited. A new or changed MoU is a draft until a reviewer of its unit confirms it,
// as with the register's POST and PUT.
import {
  MOU_SHEET_HEADERS,
  type ConfirmMouImportBody,
  type Mou,
  type MouImportBody,
  type MouImportPreview,
  type MouImportProblem,
  type MouImportResult,
} from '@rbm/shared/schemas';
import type { PlanRow } from '../../db/schema.ts';
import { badRequest } from '../../errors.ts';
import type { WriteServiceContext } from '../../lib/service-context.ts';
import { auditedWrite } from '../audit/audit.service.ts';
import { resolvePlan } from '../figures/plan-period.ts';
import {
  previewToken,
  refuseOutOfScope,
  registerChanged,
  registerPreview,
  requireConfirmable,
} from '../imports/register-import.ts';
import { decodeUpload, formatOf, readTable } from '../imports/spreadsheet.ts';
import { listSectors } from '../plans/plans.service.ts';
import { cellsOf, sheetOf } from './mou-export.service.ts';
import { cellText, parseRow, type Parsed } from './mou-import-row.ts';
import * as repo from './mous.repository.ts';

/** Every row of the file checked against the plan, the MoUs and the reader's scope. */
async function evaluate(ctx: WriteServiceContext, plan: PlanRow, body: MouImportBody) {
  const content = decodeUpload(body.content);
  const format = formatOf(body.fileName, content);
  const table = await readTable(format, content);
  const header = (table[0] ?? []).map((c) => cellText(c).toLowerCase());
  const column = MOU_SHEET_HEADERS.map((h) => header.indexOf(h.toLowerCase()));
  const missing = MOU_SHEET_HEADERS.filter((_, i) => column[i] === -1);
  if (missing.length > 0) {
    throw badRequest('headers_missing', `The first row must name these columns: ${missing.join(', ')}`);
  }
  const [sheet, units, regions] = await Promise.all([
    sheetOf(ctx, plan),
    listSectors(ctx),
    repo.findRegions(ctx.db),
  ]);
  const lookups = {
    sectors: new Map(units.map((u) => [u.code, u.id])),
    regions: new Map(regions.map((r) => [r.code, r.id])),
  };
  type Row = MouImportPreview['rows'][number] & {
    parsed: Parsed;
    existing: repo.MouRow | null;
    before: Mou | null;
  };
  const rows: Row[] = [];
  const invalid: MouImportProblem[] = [];
  const seen = new Set<string>();
  const outOfScope: string[] = [];
  for (const [index, cells] of table.slice(1).entries()) {
    const rowNumber = index + 2;
    const values = MOU_SHEET_HEADERS.map((_, i) => cellText(cells[column[i] ?? -1]));
    if (values.every((v) => v === '')) continue;
    const code = values[0] ?? '';
    const parsed = await parseRow(ctx, plan, values, lookups);
    if (!('fields' in parsed)) {
      invalid.push({ row: rowNumber, mouCode: code || null, ...parsed });
      continue;
    }
    if (seen.has(code)) {
      const message = `${code} appears on an earlier row too`;
      invalid.push({ row: rowNumber, mouCode: code, column: 'Code', code: 'code_repeated', message });
      continue;
    }
    seen.add(code);
    const found = sheet.rows.find((r) => r.row.code === code);
    const change = !found
      ? 'new'
      : found.mou !== null && cellsOf(found.mou).join('\u0001') === parsed.cells.join('\u0001')
        ? 'unchanged'
        : 'changed';
    // an unchanged row of another unit is read, not written: a whole export imports back for anyone
    const allowed =
      sheet.access(parsed.fields.sectorId).edit && (!found || sheet.access(found.row.sectorId).edit);
    if (change !== 'unchanged' && !allowed) {
      outOfScope.push(`row ${rowNumber} (${code})`);
      continue;
    }
    rows.push({
      row: rowNumber,
      code,
      change,
      existing: found?.row ?? null,
      before: found?.mou ?? null,
      parsed,
    });
  }
  refuseOutOfScope(outOfScope, 'MoUs of owner units outside your scope');
  return { format, rows, invalid, token: previewToken(content, rows, invalid) };
}

export async function previewMouImport(
  ctx: WriteServiceContext,
  input: MouImportBody,
): Promise<MouImportPreview> {
  const plan = await resolvePlan(ctx, input);
  return registerPreview(plan, await evaluate(ctx, plan, input));
}

export async function importMous(
  ctx: WriteServiceContext,
  input: ConfirmMouImportBody,
): Promise<MouImportResult> {
  const plan = await resolvePlan(ctx, input);
  const stamp = ctx.now.toISOString();
  return auditedWrite(ctx.db, ctx, async (tx, audit) => {
    const { rows, invalid, token } = await evaluate({ ...ctx, db: tx }, plan, input);
    requireConfirmable(
      token,
      input.token,
      invalid.map((p) => p.row),
    );
    const result: MouImportResult = { plan: plan.code, created: 0, updated: 0, unchanged: 0 };
    for (const { change, parsed, existing, before } of rows) {
      if (change === 'unchanged') {
        result.unchanged += 1;
      } else if (existing === null) {
        const id = await repo.insertMou(tx, plan.id, parsed.fields, stamp);
        await repo.replaceLinks(tx, id, parsed.links);
        await audit({ action: 'create', entity: 'mou', entityId: id, after: parsed.facts, reason: 'import' });
        result.created += 1;
      } else {
        // the change becomes a draft awaiting a reviewer of the unit, as the register's PUT makes it
        if (!(await repo.updateMou(tx, existing.id, existing.version, parsed.fields, stamp))) {
          throw registerChanged();
        }
        await repo.replaceLinks(tx, existing.id, parsed.links);
        await audit({
          action: 'update',
          entity: 'mou',
          entityId: existing.id,
          before: before ?? { state: existing.state, version: existing.version },
          after: parsed.facts,
          reason: 'import',
        });
        result.updated += 1;
      }
    }
    return result;
  });
}
