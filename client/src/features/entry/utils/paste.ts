// A block copied from Excel or another sheet: rows separated by line breaks, cells by tabs. Quoted cells
// (Excel quotes a cell holding a tab or a line break) keep their content.

export function parseClipboardBlock(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  const body = text.replace(/\r\n?/g, '\n').replace(/\n$/, '');
  while (i < body.length) {
    const char = body[i] as string;
    if (quoted) {
      if (char === '"' && body[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell === '') {
      quoted = true;
    } else if (char === '\t') {
      row.push(cell);
      cell = '';
    } else if (char === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else {
      cell += char;
    }
    i++;
  }
  row.push(cell);
  rows.push(row);
  return rows.map((r) => r.map((c) => c.trim()));
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
