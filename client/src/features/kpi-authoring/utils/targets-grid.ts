// The annual-targets grid's arithmetic: the plan's years, a pasted block of spreadsheet cells spread over
// the grid from the cell it lands on, and the grid's texts turned into the targets to send.

/** The years of a plan, first to last. */
export function planYears(startYear: number, endYear: number): number[] {
  return Array.from({ length: Math.max(0, endYear - startYear + 1) }, (_, i) => startYear + i);
}

/**
 * Cells copied from a spreadsheet (rows by line, cells by tab; Excel ends with a line break). A single
 * line of cells separated by blanks or semicolons is read as a row too, as typed or copied from a text.
 */
export function parsePastedCells(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n');
  return lines.map((line) =>
    line.includes('\t') ? line.split('\t').map((c) => c.trim()) : line.trim().split(/[;\s]+/),
  );
}

/** A grid of texts, keyed `row` then `column`, with a pasted block laid from (row, column) on. */
export function pasteInto(
  grid: readonly (readonly string[])[],
  at: { row: number; column: number },
  block: readonly (readonly string[])[],
): string[][] {
  const next = grid.map((row) => [...row]);
  block.forEach((cells, i) => {
    const row = next[at.row + i];
    if (!row) return;
    cells.forEach((cell, j) => {
      if (at.column + j < row.length) row[at.column + j] = cell;
    });
  });
  return next;
}

/** A cell's text as a number: blanks ignored, a decimal comma accepted, a trailing % dropped; null when empty. */
export function cellNumber(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(/%$/, '');
  if (compact === '') return null;
  const decimal = compact.includes(',') && !compact.includes('.') ? compact.replace(',', '.') : compact;
  return Number(decimal);
}

/** The targets a grid row sets: each filled cell as (year, value); an unreadable number stays NaN (refused). */
export function rowTargets(years: readonly number[], cells: readonly string[]) {
  return years.flatMap((year, i) => {
    const value = cellNumber(cells[i] ?? '');
    return value === null ? [] : [{ year, value }];
  });
}
