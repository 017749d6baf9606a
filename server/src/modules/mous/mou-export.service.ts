// The MoUs as a spreadsheet: one row per MoU as the reader sees it (the Council: as last confirmed), the
// same rows the import compares a file with.
import { MOU_SHEET_HEADERS, type Mou, type MouExportQuery } from '@rbm/shared/schemas';
import type { PlanRow } from '../../db/schema.ts';
import type { WriteServiceContext } from '../../lib/service-context.ts';
import { resolvePlan } from '../figures/plan-period.ts';
import { writeTable, type SheetFile } from '../imports/spreadsheet.ts';
import { accessBySector } from '../review-scope/unit-access.service.ts';
import * as repo from './mous.repository.ts';
import { toMous } from './mous.view.ts';

/** A MoU's cells in the order of MOU_SHEET_HEADERS. */
export const cellsOf = (m: Mou): string[] => [
  m.code,
  m.partner,
  m.type,
  m.signedDate,
  m.expiryDate ?? '',
  m.financialAmount === null ? '' : String(m.financialAmount),
  m.currency ?? '',
  m.strategicImplications ?? '',
  m.status,
  m.sector.code,
  m.region ?? '',
  m.priorities.join(', '),
  m.themes.join(', '),
];

/** Every MoU row of the plan with, when the reader may see it, the MoU as they see it. */
export async function sheetOf(ctx: WriteServiceContext, plan: PlanRow) {
  const rows = await repo.findMous(ctx.db, plan.id);
  const access = await accessBySector(ctx.db, ctx.actor, plan.id);
  const seen = new Map((await toMous(ctx.db, rows, access, ctx.now)).map((m) => [m.id, m]));
  return { access, rows: rows.map((row) => ({ row, mou: seen.get(row.id) ?? null })) };
}

export async function exportMous(
  ctx: WriteServiceContext,
  input: MouExportQuery,
): Promise<SheetFile & { filename: string }> {
  const plan = await resolvePlan(ctx, input);
  const { rows } = await sheetOf(ctx, plan);
  const file = await writeTable(
    input.format ?? 'xlsx',
    'MoUs',
    [...MOU_SHEET_HEADERS],
    rows.flatMap((r) => (r.mou === null ? [] : [cellsOf(r.mou)])),
  );
  return { ...file, filename: `${plan.code}-mous.${file.extension}` };
}
