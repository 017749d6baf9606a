// The steps every register's sheet import shares (risks, recommendations, commitments, MoUs): refusing a
// change outside the user's scope whole, counting a preview's rows, the preview's token and answer, and
// refusing a confirmation whose preview is stale or still has bad rows. Each register keeps its own reading
// of a row and its own writes.
import { createHash } from 'node:crypto';
import type { RegisterImportCounts, RowChange, SpreadsheetFormat } from '@rbm/shared/schemas';
import { AppError, conflict, unprocessable } from '../../errors.ts';

/** Like every write route, rows changing items of units outside the user's scope refuse the import whole. */
/** `changes` names what the rows change, e.g. 'risks of units outside your scope'. */
export function refuseOutOfScope(rows: readonly string[], changes: string): void {
  if (rows.length === 0) return;
  throw new AppError(
    403,
    'out_of_scope',
    `These rows change ${changes}: ${rows.join(', ')}. Remove them or leave them as exported`,
  );
}

export function countRows(rows: readonly { change: RowChange }[], invalid: number): RegisterImportCounts {
  const count = (change: RowChange) => rows.filter((r) => r.change === change).length;
  return { new: count('new'), changed: count('changed'), unchanged: count('unchanged'), invalid };
}

/** A row of a register's sheet as evaluated: its number, what it does, and the stored item it changes. */
interface EvaluatedRow {
  row: number;
  code: string;
  change: RowChange;
  existing: { id: number; version: number } | null;
}

/**
 * The preview's token: the file, what each row does to which version of which item, and the bad rows. The
 * confirmation evaluates the file again in its transaction and must come to the same token.
 */
export function previewToken(
  content: Buffer,
  rows: readonly EvaluatedRow[],
  invalid: readonly { row: number; code: string }[],
): string {
  const hash = createHash('sha256').update(content);
  for (const r of rows)
    hash.update(`|${r.row}:${r.change}:${r.existing?.id ?? 0}:${r.existing?.version ?? 0}`);
  for (const p of invalid) hash.update(`|${p.row}:${p.code}`);
  return hash.digest('base64url');
}

/** What a register's preview answers: the counts, each row's change by item code, the bad rows, the token. */
export function registerPreview<Problem>(
  plan: { code: string },
  evaluated: {
    format: SpreadsheetFormat;
    rows: readonly EvaluatedRow[];
    invalid: Problem[];
    token: string;
  },
) {
  const { format, rows, invalid, token } = evaluated;
  return {
    plan: plan.code,
    format,
    counts: countRows(rows, invalid.length),
    rows: rows.map(({ row, code, change }) => ({ row, code, change })),
    invalid,
    token,
  };
}

/** A confirmation writes exactly what was previewed, and only a file without bad rows (or cells). */
export function requireConfirmable(
  token: string,
  sentToken: string,
  bad: readonly (string | number)[],
  what = 'rows',
) {
  if (token !== sentToken) {
    throw conflict('import_stale', 'The file or the register changed since the preview: preview again');
  }
  if (bad.length > 0) {
    throw unprocessable(
      'import_rows_invalid',
      `Correct the bad ${what} first (${what} ${bad.join(', ')}); nothing was written`,
    );
  }
}

/** An item's version moved between the preview and the write. */
export function registerChanged(): AppError {
  return conflict('import_stale', 'The register changed during the import: preview again');
}
