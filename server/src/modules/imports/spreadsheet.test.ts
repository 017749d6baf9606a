// The CSV reader and writer, and the number reader of imported cells.
import { describe, expect, it } from 'vitest';
import { parseNumber } from './import-rows.ts';
import { parseCsv, readTable, unescapeText, writeTable } from './spreadsheet.ts';

describe('parseCsv', () => {
  it('reads quoted cells with separators, quotes and line breaks, CRLF and a byte-order mark', () => {
    expect(parseCsv('\uFEFFa,b,c\r\n1,"x, ""y""\nz", 3 \r\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', 'x, "y"\nz', '3'],
    ]);
  });

  it('takes the separator the header uses most (Excel writes semicolons in some locales)', () => {
    expect(parseCsv('a;b;c\n1,5;2;3')).toEqual([
      ['a', 'b', 'c'],
      ['1,5', '2', '3'],
    ]);
    expect(parseCsv('a\tb\n1\t2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });
});

describe('writeTable', () => {
  it('writes CSV that reads back the same, escaping text a spreadsheet would run as a formula', async () => {
    const file = await writeTable(
      'csv',
      'x',
      ['Code', 'Note'],
      [
        ['D1-K1', '=HYPERLINK("http://evil")'],
        ['D1-K2', null],
        ['D1-K3', 'a, "b"'],
        ['D1-K4', 12.5],
      ],
    );
    const table = await readTable('csv', file.body);
    expect(table).toEqual([
      ['Code', 'Note'],
      ['D1-K1', `'=HYPERLINK("http://evil")`],
      ['D1-K2', ''],
      ['D1-K3', 'a, "b"'],
      ['D1-K4', '12.5'],
    ]);
    expect(unescapeText(table[1]?.[1] as string)).toBe('=HYPERLINK("http://evil")');
    expect(unescapeText("'quoted")).toBe("'quoted");
  });

  it('writes XLSX that reads back with numbers as numbers', async () => {
    const file = await writeTable('xlsx', 'KAP-1 2026-Q3', ['Code', 'Value'], [['D1-K1', 4]]);
    expect(await readTable('xlsx', file.body)).toEqual([
      ['Code', 'Value'],
      ['D1-K1', 4],
    ]);
  });
});

describe('parseNumber', () => {
  it('reads numbers, dotted and lone-comma decimals, and refuses anything else', () => {
    expect(parseNumber(3)).toBe(3);
    expect(parseNumber(' 12.5 ')).toBe(12.5);
    expect(parseNumber('7,25')).toBe(7.25);
    expect(parseNumber('1 200')).toBe(1200);
    expect(parseNumber('-4')).toBe(-4);
    expect(parseNumber('1e3')).toBe(1000);
    expect(parseNumber('1,234,567')).toBeNull();
    expect(parseNumber('12%')).toBeNull();
    expect(parseNumber('abc')).toBeNull();
    expect(parseNumber('')).toBeNull();
    expect(parseNumber(null)).toBeNull();
  });
});
