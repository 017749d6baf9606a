// The outlook as an XLSX workbook in the reader's language: one sheet, right to left in Arabic, set to print
// on A4 landscape, one page wide, with the header row repeated.
import type { Language } from '@rbm/shared';
import { XLSX_CONTENT_TYPE, type Outlook } from '@rbm/shared/schemas';
import { OUTLOOK_TEXTS } from './outlook.texts.ts';

const WIDTHS = [10, 50, 9, 10, 12, 11, 12, 12, 12, 26];

export async function outlookXlsx(outlook: Outlook, language: Language) {
  const t = OUTLOOK_TEXTS[language];
  // loaded with the first workbook: exceljs takes about 0.4 s to load, too long for every start
  const workbook = new (await import('exceljs')).default.Workbook();
  workbook.creator = 'RBM dashboard';
  workbook.title = t.title(outlook.targetYear);
  const sheet = workbook.addWorksheet(t.sheet, {
    views: [{ state: 'frozen', ySplit: 3, rightToLeft: language === 'ar' }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = WIDTHS.map((width) => ({ width }));
  sheet.addRow([`${t.title(outlook.targetYear)} · ${outlook.plan.name.text}`]).font = {
    bold: true,
    size: 14,
  };
  const basis = outlook.basis.values === 'approved' ? t.approvedOnly : t.withDrafts;
  sheet.addRow([`${outlook.plan.code} · ${basis} · ${t.asOf(outlook.basis.asOf)}`]);
  sheet.addRow(t.columns).font = { bold: true };
  sheet.pageSetup.printTitlesRow = '3:3';
  const number = '#,##0.##';
  for (const r of outlook.rows) {
    const row = sheet.addRow([
      r.code,
      r.name.text,
      r.sector,
      r.priority,
      r.target ?? undefined,
      r.targetYear,
      r.forecast ?? undefined,
      r.gap ?? undefined,
      r.likelyYear ?? undefined,
      t.verdict[r.verdict],
    ]);
    for (const column of [5, 7, 8]) row.getCell(column).numFmt = number;
  }
  return {
    contentType: XLSX_CONTENT_TYPE,
    filename: `outlook-${outlook.plan.code}-${outlook.targetYear}-${language}.xlsx`,
    body: Buffer.from(await workbook.xlsx.writeBuffer()),
  };
}
