// The steps every register's sheet import shares (risks, recommendations, commitments, MoUs): refusing a
// change outside the user's scope whole, counting a preview's rows, and refusing a confirmation whose preview
// is stale or still has bad rows. Each register keeps its own reading of a row and its own writes.
import type { RegisterImportCounts, RowChange } from '@rbm/shared/schemas';
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
