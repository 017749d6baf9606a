// A small XLSX (Office Open XML) writer for the retreat's exports, in the browser: sheets of text, numbers
// and percentages, a bold repeated header row, optional cell fills, right-to-left sheets, and a print setup
// (A4 landscape, fit to width). Inline strings keep it to five parts; fflate zips them.
import { strToU8, zipSync } from 'fflate';

export type CellValue = string | number | null;

export interface Cell {
  value: CellValue;
  /** Shown as a percentage (the value is a fraction: 0.74 is 74 %). */
  percent?: boolean;
  bold?: boolean;
  /** Background colour, #rrggbb. */
  fill?: string;
}

export interface Sheet {
  name: string;
  rows: ReadonlyArray<ReadonlyArray<Cell | CellValue>>;
  /** Row (1-based) repeated at the top of each printed page, and frozen on screen. */
  headerRow?: number;
  /** Column widths in characters. */
  widths?: readonly number[];
}

export interface Workbook {
  sheets: readonly Sheet[];
  rightToLeft: boolean;
  title: string;
}

const escapeXml = (text: string) =>
  text.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);

/** Sheet names: at most 31 characters, none of : \ / ? * [ ]. */
export const sheetName = (name: string) => name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31);

export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** Styles: 0 plain, 1 bold, 2 percent, then per fill a percent and a text style. */
function styleTable(fills: readonly string[]) {
  const fillXml = fills
    .map(
      (rgb) =>
        `<fill><patternFill patternType="solid"><fgColor rgb="FF${rgb.slice(1).toUpperCase()}"/></patternFill></fill>`,
    )
    .join('');
  const xfs = [
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>',
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" applyFont="1"/>',
    '<xf numFmtId="9" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"/>',
    ...fills.flatMap((_, i) => [
      `<xf numFmtId="9" fontId="0" fillId="${i + 2}" borderId="0" applyNumberFormat="1" applyFill="1"/>`,
      `<xf numFmtId="0" fontId="0" fillId="${i + 2}" borderId="0" applyFill="1"/>`,
    ]),
  ];
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
    `<fills count="${fills.length + 2}"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>${fillXml}</fills>` +
    '<borders count="1"><border/></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    `<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs>` +
    '</styleSheet>'
  );
}

function styleOf(cell: Cell, fills: string[]): number {
  if (cell.fill) {
    let i = fills.indexOf(cell.fill);
    if (i < 0) i = fills.push(cell.fill) - 1;
    return 3 + i * 2 + (cell.percent ? 0 : 1);
  }
  if (cell.bold) return 1;
  return cell.percent ? 2 : 0;
}

function sheetXml(sheet: Sheet, rightToLeft: boolean, fills: string[]): string {
  const rows = sheet.rows.map((row, r) => {
    const cells = row.map((raw, c) => {
      const cell: Cell = raw !== null && typeof raw === 'object' ? raw : { value: raw };
      const ref = `${columnName(c)}${r + 1}`;
      const bold = cell.bold || (sheet.headerRow !== undefined && r + 1 === sheet.headerRow);
      const s = styleOf({ ...cell, bold }, fills);
      const style = s ? ` s="${s}"` : '';
      if (cell.value === null || cell.value === '') return style ? `<c r="${ref}"${style}/>` : '';
      if (typeof cell.value === 'number') return `<c r="${ref}"${style}><v>${cell.value}</v></c>`;
      return `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${escapeXml(cell.value)}</t></is></c>`;
    });
    return `<row r="${r + 1}">${cells.join('')}</row>`;
  });
  const header = sheet.headerRow;
  const pane = header
    ? `<pane ySplit="${header}" topLeftCell="A${header + 1}" activePane="bottomLeft" state="frozen"/>`
    : '';
  const cols = sheet.widths?.length
    ? `<cols>${sheet.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`
    : '';
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
    `<sheetViews><sheetView workbookViewId="0"${rightToLeft ? ' rightToLeft="1"' : ''}>${pane}</sheetView></sheetViews>` +
    `${cols}<sheetData>${rows.join('')}</sheetData>` +
    '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>' +
    '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>' +
    '</worksheet>'
  );
}

/** The workbook as the bytes of an .xlsx file. */
export function writeXlsx(workbook: Workbook): Uint8Array {
  const fills: string[] = [];
  const names = workbook.sheets.map((s) => sheetName(s.name));
  const sheets = workbook.sheets.map((s) => sheetXml(s, workbook.rightToLeft, fills));
  const printTitles = workbook.sheets
    .map((s, i) =>
      s.headerRow
        ? `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">'${escapeXml(names[i]!.replace(/'/g, "''"))}'!$${s.headerRow}:$${s.headerRow}</definedName>`
        : '',
    )
    .join('');
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
        sheets
          .map(
            (_, i) =>
              `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
          )
          .join('') +
        '</Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    'xl/workbook.xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
        `<bookViews><workbookView${workbook.rightToLeft ? ' rightToLeft="1"' : ''}/></bookViews><sheets>` +
        names
          .map((n, i) => `<sheet name="${escapeXml(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
          .join('') +
        `</sheets>${printTitles ? `<definedNames>${printTitles}</definedNames>` : ''}</workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        sheets
          .map(
            (_, i) =>
              `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
          )
          .join('') +
        `<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    ),
  };
  sheets.forEach((xml, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(xml)));
  // the styles last: every sheet has registered its fills by now
  files['xl/styles.xml'] = strToU8(styleTable(fills));
  return zipSync(files, { level: 6 });
}
