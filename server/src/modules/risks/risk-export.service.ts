// The register as a spreadsheet: one row per risk (code, title, description, category, owner unit, focal
// point, treatment, links as codes), the same rows the import compares a file with.
import { RISK_SHEET_HEADERS, type RiskExportQuery } from '@rbm/shared/schemas';
import type { Db } from '../../db/connection.ts';
import type { PlanRow } from '../../db/schema.ts';
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
