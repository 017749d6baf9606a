// The register as a spreadsheet: one row per risk (code, title, description, category, owner unit, focal
// point, treatment, links as codes), the same rows the import compares a file with.
import { IMPORT_MAX_BYTES, RISK_SHEET_HEADERS, type RiskExportQuery } from '@rbm/shared/schemas';
import type { Db } from '../../db/connection.ts';
import type { PlanRow } from '../../db/schema.ts';
import { AppError, badRequest } from '../../errors.ts';
import type { WriteServiceContext } from '../../lib/service-context.ts';
import { resolvePlan } from '../figures/plan-period.ts';
import { writeTable, type SheetFile } from '../imports/spreadsheet.ts';
import * as repo from './risks.repository.ts';

export async function registerOf(db: Db, plan: PlanRow) {
  const rows = await repo.findRisks(db, plan.id, {});
  const links = await repo.findLinkCodes(
    db,
    rows.map((r) => r.id),
  );
  const codes = (kind: 'priorities' | 'outcomes' | 'kpis', id: number) =>
    links[kind].filter((l) => l.riskId === id).map((l) => l.code);
  return rows.map((row) => ({
    row,
    cells: [
      row.code,
      row.title,
      row.description ?? '',
      row.category,
      row.sectorCode,
      row.focalPoint ?? '',
      row.treatment,
      codes('priorities', row.id).join(', '),
      codes('outcomes', row.id).join(', '),
      codes('kpis', row.id).join(', '),
    ],
  }));
}

export async function exportRisks(
  ctx: WriteServiceContext,
  input: RiskExportQuery,
): Promise<SheetFile & { filename: string }> {
  const plan = await resolvePlan(ctx, input);
  const format = input.format ?? 'xlsx';
  const register = await registerOf(ctx.db, plan);
  const file = await writeTable(
    format,
    'Risks',
    [...RISK_SHEET_HEADERS],
    register.map((r) => r.cells),
  );
  return { ...file, filename: `${plan.code}-risks.${file.extension}` };
}

export function decode(content: string): Buffer {
  const base64 = content.replace(/\s/g, '');
  const tooLarge = () =>
    new AppError(
      413,
      'file_too_large',
      `The file is larger than ${IMPORT_MAX_BYTES / 1024 / 1024} MB; split it`,
    );
  if (base64.length > Math.ceil(IMPORT_MAX_BYTES / 3) * 4 + 4) throw tooLarge();
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64))
    throw badRequest('file_not_base64', 'The file content must be base64-encoded');
  const buffer = Buffer.from(base64, 'base64');
  if (buffer.length > IMPORT_MAX_BYTES) throw tooLarge();
  if (buffer.length === 0) throw badRequest('file_empty', 'The file is empty');
  return buffer;
}
