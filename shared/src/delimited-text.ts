// Delimited text, read one way on both sides: a block pasted from Excel into the entry grid (tab-separated)
// and a CSV file imported on the server (comma, semicolon or tab). Rows end at a line break (\n, \r\n or
// \r); a cell that starts with a quote keeps separators and line breaks up to its closing quote, and "" in
// it is one quote (RFC 4180, as Excel writes it). Cells are trimmed.

/** The separator of a line: the one of comma, semicolon and tab that splits it most (a comma on a tie). */
export function guessSeparator(line: string): ',' | ';' | '\t' {
  return ([',', ';', '\t'] as const).reduce((best, candidate) =>
    line.split(candidate).length > line.split(best).length ? candidate : best,
  );
}

/** Splits text into rows of trimmed cells; a byte-order mark and a last line break are dropped. */
export function parseDelimited(text: string, separator: string): string[][] {
  const body = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const char = body[i];
    if (quoted) {
      if (char === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        cell += char;
      }
    } else if (char === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (char === separator) {
      row.push(cell.trim());
      cell = '';
    } else if (char === '\n') {
      row.push(cell.trim());
      rows.push(row);
      row = [];
      cell = '';
    } else {
      cell += char;
    }
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell.trim());
    rows.push(row);
  }
  return rows;
}
