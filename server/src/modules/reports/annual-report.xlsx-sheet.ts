// The annual-report workbook's sheets: A4 landscape, one page wide, the header row repeated on every page,
// rows as tall as their wrapped text, statuses as words in the screens' colours.
import { STATUSES } from '@rbm/shared';
import { officeColor } from '@rbm/shared/rbm';
import type ExcelJS from 'exceljs';
import type { ExportLocale } from './export-texts/index.ts';

export type Cell = string | number | null;

export const PERCENT = '0.0%';
/** Excel's paper size code for A4 (its default is Letter). */
const A4 = 9;

export interface Column {
  header: string;
  width: number;
  numFmt?: string;
  /** Long text: wrapped, so nothing is cut when printed. */
  wrap?: boolean;
  /** Holds a status word, coloured as the screens colour it. */
  status?: boolean;
  /** Holds a KPI figure: thousands grouped, two decimals unless whole (the reader's separators). */
  figure?: boolean;
}

/** Points per line of 11-point text. */
const LINE_HEIGHT = 15;

/**
 * The height a row needs so that its wrapped cells show every line: spreadsheet programs do not all grow a
 * row to its wrapped text on opening (LibreOffice keeps the default height and the lines overlap).
 */
function rowHeight(cells: readonly Cell[], columns: readonly Column[], wrapAll = false): number {
  const lines = cells.map((cell, i) => {
    const column = columns[i];
    if (typeof cell !== 'string' || !column || !(wrapAll || column.wrap)) return 1;
    // about one character per width unit, less for bold or wide scripts: 10 % to spare
    const perLine = Math.max(1, Math.floor(column.width * 0.9));
    return cell.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / perLine)), 0);
  });
  return Math.max(1, ...lines) * LINE_HEIGHT;
}

/** Header and footer texts are codes to Excel: a literal `&` is written `&&`. */
const headerText = (text: string) => text.replaceAll('&', '&&');

export function addSheet(
  workbook: ExcelJS.Workbook,
  locale: ExportLocale,
  name: string,
  columns: Column[],
  rows: Cell[][],
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 1, rightToLeft: locale.rtl }],
    pageSetup: {
      paperSize: A4 as ExcelJS.PaperSize,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
      margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    },
    headerFooter: {
      oddHeader: `&C${headerText(workbook.title)}`,
      oddFooter: `&L${headerText(name)}&R${locale.text('page')}`,
    },
  });
  sheet.columns = columns.map((c) => ({
    header: c.header,
    width: c.width,
    style: {
      ...(c.numFmt ? { numFmt: c.numFmt } : {}),
      alignment: { vertical: 'top', wrapText: c.wrap === true },
    },
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'top', wrapText: true };
  header.height = rowHeight(
    columns.map((c) => c.header),
    columns,
    true,
  );
  for (const row of rows) {
    const added = sheet.addRow(row.map((cell) => cell ?? undefined));
    added.height = rowHeight(row, columns);
    columns.forEach((c, i) => {
      const value = row[i];
      if (c.figure && typeof value === 'number') {
        added.getCell(i + 1).numFmt = Number.isInteger(value) ? '#,##0' : '#,##0.00';
      }
      const status = STATUSES.find((s) => locale.statusLabel(s) === row[i]);
      if (c.status && status) added.getCell(i + 1).font = { color: { argb: `FF${officeColor(status)}` } };
    });
  }
  return sheet;
}

export const text = (header: string, width = 14): Column => ({ header, width });
export const long = (header: string, width: number): Column => ({ header, width, wrap: true });
export const percent = (header: string): Column => ({ header, width: 13, numFmt: PERCENT });
export const figure = (header: string, width = 11): Column => ({ header, width, figure: true });
