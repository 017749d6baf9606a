// A block copied from Excel or another sheet: rows separated by line breaks, cells by tabs. Quoted cells
// (Excel quotes a cell holding a tab or a line break) keep their content. Read by the same parser as a CSV
// import on the server (shared/src/delimited-text.ts).
import { parseDelimited } from '@rbm/shared';

/** The block's rows of cells; an empty clipboard is one empty cell (pasting it clears the focused cell). */
export function parseClipboardBlock(text: string): string[][] {
  const rows = parseDelimited(text, '\t');
  return rows.length > 0 ? rows : [['']];
}

export interface PasteTarget<Cell> {
  cell: Cell;
  text: string;
}

/**
 * The cells a block fills from the focused cell: row r and column c of the block go to the cell r rows
 * down and c columns along; `cellAt` gives the editable cell there, or null (read-only or outside the
 * grid: that part of the block is skipped).
 */
export function pasteTargets<Cell>(
  block: string[][],
  from: { row: number; col: number },
  cellAt: (row: number, col: number) => Cell | null,
): PasteTarget<Cell>[] {
  const targets: PasteTarget<Cell>[] = [];
  block.forEach((cells, r) =>
    cells.forEach((text, c) => {
      const cell = cellAt(from.row + r, from.col + c);
      if (cell !== null) targets.push({ cell, text });
    }),
  );
  return targets;
}
