// The commitments as a spreadsheet: one row per commitment (code, source, titles in six languages, owner
// unit, kind, due date, links as codes), the same rows the import compares a file with.
import { LANGUAGES } from '@rbm/shared';
import {
  COMMITMENT_SHEET_HEADERS,
  type CommitmentExportQuery,
  type CommitmentTitle,
} from '@rbm/shared/schemas';
import type { Db } from '../../db/connection.ts';
import type { PlanRow } from '../../db/schema.ts';
import type { WriteServiceContext } from '../../lib/service-context.ts';
import { resolvePlan } from '../figures/plan-period.ts';
import { writeTable, type SheetFile } from '../imports/spreadsheet.ts';
import * as repo from './commitments.repository.ts';

/** The title's languages in the sheet's order: English, then the others. */
export const SHEET_LANGUAGES = ['en', ...LANGUAGES.filter((l) => l !== 'en')] as const;

export async function sheetOf(db: Db, plan: PlanRow) {
  const rows = await repo.findCommitments(db, plan.id, {});
  const links = await repo.findLinkCodes(
    db,
    rows.map((r) => r.id),
  );
  const codes = (kind: 'priorities' | 'kpis' | 'risks', id: number) =>
    links[kind]
      .filter((l) => l.commitmentId === id)
      .map((l) => l.code)
      .join(', ');
  return rows.map((row) => {
    const title = JSON.parse(row.title) as CommitmentTitle;
    return {
      row,
      cells: [
        row.code,
        row.source,
        row.sourceName,
        String(row.sourceYear),
        ...SHEET_LANGUAGES.map((l) => title[l] ?? ''),
        row.sectorCode,
        row.reach,
        row.horizon,
        row.pillar,
        row.dueDate ?? '',
        codes('priorities', row.id),
        codes('kpis', row.id),
        codes('risks', row.id),
      ],
    };
  });
}

export async function exportCommitments(
  ctx: WriteServiceContext,
  input: CommitmentExportQuery,
): Promise<SheetFile & { filename: string }> {
  const plan = await resolvePlan(ctx, input);
  const sheet = await sheetOf(ctx.db, plan);
  const file = await writeTable(
    input.format ?? 'xlsx',
    'Commitments',
    [...COMMITMENT_SHEET_HEADERS],
    sheet.map((r) => r.cells),
  );
  return { ...file, filename: `${plan.code}-commitments.${file.extension}` };
}
