// The framework document as an XLSX workbook: "About" first (every sheet's columns and their meaning),
// one sheet per level, then "Translations" (every text in a language other than English).
import { LANGUAGES } from '@rbm/shared';
import { FRAMEWORK_SCHEMA_VERSION, type FrameworkDocText, type FrameworkDocument } from '@rbm/shared/schemas';
import type { Cell } from '../imports/spreadsheet.ts';
import { levelSheets, TRANSLATION_HEADERS } from './framework-sheets.ts';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const ABOUT_SHEET = 'About';
export const TRANSLATION_SHEET = 'Translations';

/** Every text field of each sheet's items, as (field name, text). */
function textsOf(item: Record<string, unknown>): Array<[string, FrameworkDocText]> {
  return (['name', 'description', 'definition'] as const).flatMap((field) => {
    const text = item[field] as FrameworkDocText | undefined;
    return text ? [[field, text] as [string, FrameworkDocText]] : [];
  });
}

/** One row per text in a language other than English: sheet, code, field, language, text, confirmed. */
export function translationRows(document: FrameworkDocument): Cell[][] {
  const rows: Cell[][] = [];
  for (const sheet of levelSheets(document)) {
    for (const item of sheet.rows(document) as Array<Record<string, unknown>>) {
      const confirmed = new Set((item.confirmedLanguages as string[] | undefined) ?? []);
      for (const [field, text] of textsOf(item)) {
        for (const language of LANGUAGES) {
          const value = language === 'en' ? undefined : text[language];
          if (value === undefined) continue;
          rows.push([
            sheet.name,
            item.code as string,
            field,
            language,
            value,
            confirmed.has(language) ? 'yes' : null,
          ]);
        }
      }
    }
  }
  return rows;
}

export async function writeFrameworkWorkbook(document: FrameworkDocument): Promise<Buffer> {
  const ExcelJS = (await import('exceljs')).default;
  const workbook = new ExcelJS.Workbook();
  const sheets = levelSheets(document);
  const about = workbook.addWorksheet(ABOUT_SHEET);
  about.addRow([`Framework workbook of ${document.plan.code}, schema version ${FRAMEWORK_SCHEMA_VERSION}`]);
  about.addRow([
    'Edit the level sheets and import the workbook back: rows are matched on their codes; a row left out is ' +
      'retired, never deleted. Texts in other languages go on the Translations sheet. Do not use formulas.',
  ]);
  about.addRow([]);
  about.addRow(['Sheet', 'Column', 'Meaning']).font = { bold: true };
  for (const sheet of sheets) {
    about.addRow([sheet.name, '', sheet.about]).font = { italic: true };
    for (const column of sheet.columns) about.addRow([sheet.name, column.header, column.meaning]);
  }
  about.addRow([TRANSLATION_SHEET, '', 'Texts in French, Spanish, Arabic, Russian and Chinese']).font = {
    italic: true,
  };
  const translationMeaning = [
    'The sheet of the item',
    'The item code',
    'name, description or definition',
    'fr, es, ar, ru or zh',
    'The text',
    '"yes" when an administrator confirmed the text (otherwise shown as unofficial)',
  ];
  TRANSLATION_HEADERS.forEach((header, i) =>
    about.addRow([TRANSLATION_SHEET, header, translationMeaning[i]]),
  );
  about.columns.forEach((column, i) => (column.width = i === 2 ? 80 : 24));

  const add = (name: string, headers: readonly string[], rows: Cell[][]) => {
    const sheet = workbook.addWorksheet(name);
    sheet.addRow([...headers]).font = { bold: true };
    // Text cells are written as they are: exceljs never turns a string into a formula.
    for (const row of rows) sheet.addRow(row);
    sheet.columns.forEach(
      (column, i) => (column.width = Math.min(50, Math.max(10, (headers[i]?.length ?? 8) + 4))),
    );
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
  };
  for (const sheet of sheets) {
    add(
      sheet.name,
      sheet.columns.map((c) => c.header),
      sheet.rows(document).map((item) => sheet.columns.map((c) => c.cell(item))),
    );
  }
  add(TRANSLATION_SHEET, TRANSLATION_HEADERS, translationRows(document));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
