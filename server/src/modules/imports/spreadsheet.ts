// Reading and writing the two spreadsheet formats planners use: XLSX (exceljs) and CSV (RFC 4180, UTF-8,
// comma or semicolon separated as Excel writes it in the user's locale). A table is rows of cells.
import type ExcelJS from 'exceljs';
import { guessSeparator, parseDelimited } from '@rbm/shared';
import { IMPORT_MAX_BYTES, type SpreadsheetFormat } from '@rbm/shared/schemas';
import { AppError, badRequest } from '../../errors.ts';

export type Cell = string | number | null;
export type Table = Cell[][];

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** exceljs takes about 0.4 s to load: loaded with the first workbook, not at every start of the server. */
const loadExcel = async () => (await import('exceljs')).default;

/** The format a file name's extension says, checked against the file's first bytes. */
export function formatOf(fileName: string, content: Buffer): SpreadsheetFormat {
  const extension = /\.([A-Za-z]+)$/.exec(fileName)?.[1]?.toLowerCase();
  const zipped = content.length >= 4 && content.readUInt32LE(0) === 0x04034b50; // "PK\3\4"
  if (extension === 'xlsx' && zipped) return 'xlsx';
  if (extension === 'csv' && !zipped && !content.subarray(0, 4096).includes(0)) return 'csv';
  throw badRequest(
    'file_type_unsupported',
    `${fileName} is not an XLSX or CSV file: save the sheet as Excel workbook (.xlsx) or CSV (.csv)`,
  );
}

/** Splits CSV text into rows of trimmed text cells; the separator is the header line's most used one. */
export function parseCsv(text: string): Table {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r\n?|\n/, 1)[0] ?? '';
  return parseDelimited(text, guessSeparator(firstLine));
}

/** A cell of exceljs as text or number (formulas give their result, rich text its plain text). */
function excelCell(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value)
    return value.richText
      .map((part) => part.text)
      .join('')
      .trim();
  if ('result' in value) return excelCell(value.result as ExcelJS.CellValue);
  if ('text' in value) return String(value.text).trim();
  if ('error' in value) return String(value.error);
  return null;
}

export async function parseXlsx(content: Buffer): Promise<Table> {
  const workbook = new (await loadExcel()).Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    throw badRequest('file_unreadable', 'The XLSX file cannot be read: open it in Excel and save it again');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw badRequest('file_empty', 'The workbook has no sheet');
  const rows: Table = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = excelCell(cell.value);
    });
    rows[number - 1] = Array.from(cells, (c) => c ?? null);
  });
  return Array.from(rows, (r) => r ?? []);
}

export async function readTable(format: SpreadsheetFormat, content: Buffer): Promise<Table> {
  if (format === 'xlsx') return parseXlsx(content);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(content);
  return parseCsv(text);
}

/** Text a spreadsheet would run as a formula is written with a leading apostrophe (CSV injection). */
function safeText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** Undoes safeText on import. */
export function unescapeText(text: string): string {
  return /^'[=+\-@]/.test(text) ? text.slice(1) : text;
}

function csvField(cell: Cell): string {
  if (cell === null) return '';
  const text = typeof cell === 'number' ? String(cell) : safeText(cell);
  return /[",;\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export interface SheetFile {
  body: Buffer;
  contentType: string;
  extension: SpreadsheetFormat;
}

export async function writeTable(
  format: SpreadsheetFormat,
  sheetName: string,
  headers: string[],
  rows: Table,
): Promise<SheetFile> {
  if (format === 'csv') {
    const lines = [headers, ...rows].map((row) => row.map(csvField).join(','));
    // The byte-order mark makes Excel read the file as UTF-8 (names in Arabic, Chinese, Russian).
    return {
      body: Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8'),
      contentType: 'text/csv; charset=utf-8',
      extension: 'csv',
    };
  }
  const workbook = new (await loadExcel()).Workbook();
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
  sheet.addRow(headers).font = { bold: true };
  // Text cells of a workbook are never run as formulas: they are written as they are.
  for (const row of rows) sheet.addRow(row);
  sheet.columns.forEach((column, index) => {
    column.width = Math.min(60, Math.max(10, (headers[index]?.length ?? 8) + 4));
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return { body: Buffer.from(await workbook.xlsx.writeBuffer()), contentType: XLSX_TYPE, extension: 'xlsx' };
}

/** An uploaded file (base64 in JSON) as bytes: 413 when over the limit, 400 when not base64 or empty. */
export function decodeUpload(content: string): Buffer {
  const base64 = content.replace(/\s/g, '');
  const tooLarge = () =>
    new AppError(
      413,
      'file_too_large',
      `The file is larger than ${IMPORT_MAX_BYTES / 1024 / 1024} MB; split it`,
    );
  if (base64.length > Math.ceil(IMPORT_MAX_BYTES / 3) * 4 + 4) throw tooLarge();
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64))
    throw badRequest('file_not_base64', 'The file content must be base64-encoded');
  const buffer = Buffer.from(base64, 'base64');
  if (buffer.length > IMPORT_MAX_BYTES) throw tooLarge();
  if (buffer.length === 0) throw badRequest('file_empty', 'The file is empty');
  return buffer;
}
