// The annual report as a download: CSV (one RFC 4180 table, for any tool), XLSX (one sheet per part, for
// the Council's secretariat) or PowerPoint (annual-report.pptx.ts). Both are built from the JSON report, so they show exactly its figures.
import { STATUSES } from '@rbm/shared';
import {
  CSV_CONTENT_TYPE,
  PPTX_CONTENT_TYPE,
  XLSX_CONTENT_TYPE,
  type AnnualReport,
  type ReportGroup,
  type RollUpFigures,
} from '@rbm/shared/schemas';
import type ExcelJS from 'exceljs';
import { annualReportPptx } from './annual-report.pptx.ts';

export interface ReportFile {
  contentType: string;
  filename: string;
  body: Buffer;
}

type Cell = string | number | null;

function fileName(report: AnnualReport, extension: string): string {
  return `annual-report-${report.plan.code}-${report.year}.${extension}`;
}

function basisLine(report: AnnualReport): string[] {
  return [
    'Annual implementation report',
    report.plan.code,
    report.plan.name.text,
    String(report.year),
    report.basis.values === 'approved' ? 'approved values only' : 'approved, submitted and draft values',
    `as of ${report.basis.asOf}`,
    ...(report.due
      ? []
      : [report.yearToDate ? `year to date, as of ${report.yearToDate}` : 'year not yet due']),
  ];
}

// ---------------------------------------------------------------------------------------------------------
// CSV

/** Roll-up columns shared by every group row (names as in the JSON). */
const ROLL_UP_COLUMNS = ['status', 'score', 'completeness', 'timeliness', 'kpiCount', ...STATUSES] as const;
const KPI_COLUMNS = ['actual', 'expected', 'ratio', 'unit', 'challenges', 'improvements'] as const;
export const CSV_COLUMNS = [
  'level',
  'code',
  'name',
  'sector',
  'priority',
  ...ROLL_UP_COLUMNS,
  ...KPI_COLUMNS,
];

/** Spreadsheets run a text cell starting with these as a formula; a leading quote keeps it text. */
const FORMULA_START = /^[=+\-@\t\r]/;

function csvField(cell: Cell): string {
  if (cell === null) return '';
  const text = typeof cell === 'number' ? String(cell) : FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function rollUpCells(r: RollUpFigures): Cell[] {
  return [r.status, r.score, r.completeness, r.timeliness, r.kpiCount, ...STATUSES.map((s) => r.counts[s])];
}

export function annualReportCsv(report: AnnualReport): string {
  const blankKpi = KPI_COLUMNS.map(() => null);
  const group = (level: string, g: ReportGroup, sector: string | null = null): Cell[] => [
    level,
    g.code,
    g.name.text,
    sector,
    null,
    ...rollUpCells(g.rollUp),
    ...blankKpi,
  ];
  const rows: Cell[][] = [
    basisLine(report),
    CSV_COLUMNS,
    [
      'plan',
      report.plan.code,
      report.plan.name.text,
      null,
      null,
      ...rollUpCells(report.overall),
      ...blankKpi,
    ],
    ...report.goals.map((g) => group('goal', g)),
    ...report.sectors.map((s) => group('sector', s)),
    ...report.sectors.flatMap((s) => s.priorities.map((p) => group('priority', p, s.code))),
    ...report.offTrack.map((k): Cell[] => [
      'kpi',
      k.code,
      k.name.text,
      k.sector,
      k.priority,
      k.status,
      ...ROLL_UP_COLUMNS.slice(1).map(() => null),
      k.actual,
      k.expected,
      k.ratio,
      k.unit,
      k.narrative?.challenges ?? null,
      k.narrative?.improvements ?? null,
    ]),
  ];
  // A byte-order mark so spreadsheet programs read the names (French, Arabic, Chinese...) as UTF-8.
  return `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

// ---------------------------------------------------------------------------------------------------------
// XLSX

const PERCENT = '0.0%';
const RATIO = '0.00';

interface Column {
  header: string;
  width: number;
  numFmt?: string;
}

const text = (header: string, width = 14): Column => ({ header, width });
const percent = (header: string): Column => ({ header, width: 13, numFmt: PERCENT });

const ROLL_UP_SHEET_COLUMNS: Column[] = [
  text('Status', 11),
  percent('Score'),
  percent('Completeness'),
  percent('Timeliness'),
  text('KPIs', 7),
  ...STATUSES.map((s) => text(s, 10)),
];

function addSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: Column[],
  rows: Cell[][],
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({
    header: c.header,
    width: c.width,
    style: c.numFmt ? { numFmt: c.numFmt } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(row.map((cell) => cell ?? undefined));
  return sheet;
}

const PERCENT_ITEMS = new Set(['Score', 'Completeness', 'Timeliness']);

function summaryRows(report: AnnualReport): Cell[][] {
  const o = report.overall;
  return [
    ['Plan', report.plan.code],
    ['Plan name', report.plan.name.text],
    ['Year', report.year],
    ['Year due', report.due ? 'yes' : 'no (figures are not_due until its Q4 is complete)'],
    ['Latest due quarter', report.latestDueQuarter],
    ['Values', report.basis.values],
    ['As of', report.basis.asOf],
    ['Status', o.status],
    ['Score', o.score],
    ['Completeness', o.completeness],
    ['Timeliness', o.timeliness],
    ['KPIs', o.kpiCount],
    ...STATUSES.map((s): Cell[] => [s, o.counts[s]]),
  ];
}

export async function annualReportXlsx(report: AnnualReport): Promise<Buffer> {
  // loaded with the first workbook: exceljs takes about 0.4 s to load, too long for every start
  const workbook = new (await import('exceljs')).default.Workbook();
  workbook.creator = 'RBM dashboard';
  workbook.title = basisLine(report).join(' - ');

  const summary = addSheet(workbook, 'Summary', [text('Item', 20), text('Value', 50)], summaryRows(report));
  summary.eachRow((row) => {
    if (PERCENT_ITEMS.has(String(row.getCell(1).value))) row.getCell(2).numFmt = PERCENT;
  });
  const groupRow = (g: ReportGroup): Cell[] => [g.code, g.name.text, ...rollUpCells(g.rollUp)];
  const groupColumns = [text('Code', 10), text('Name', 45), ...ROLL_UP_SHEET_COLUMNS];
  addSheet(workbook, 'Goals', groupColumns, report.goals.map(groupRow));
  addSheet(workbook, 'Sectors', groupColumns, report.sectors.map(groupRow));
  addSheet(
    workbook,
    'Priorities',
    [text('Sector', 10), ...groupColumns],
    report.sectors.flatMap((s) => s.priorities.map((p) => [s.code, ...groupRow(p)])),
  );
  addSheet(
    workbook,
    'Off track',
    [
      text('Code', 12),
      text('Name', 45),
      text('Priority', 10),
      text('Sector', 10),
      text('Status', 11),
      text('Actual', 11),
      text('Expected', 11),
      { header: 'Ratio', width: 9, numFmt: RATIO },
      text('Unit', 9),
      text('Review quarter', 12),
      text('Challenges', 50),
      text('Improvements', 50),
    ],
    report.offTrack.map((k) => [
      k.code,
      k.name.text,
      k.priority,
      k.sector,
      k.status,
      k.actual,
      k.expected,
      k.ratio,
      k.unit,
      k.narrative?.period ?? null,
      k.narrative?.challenges ?? null,
      k.narrative?.improvements ?? null,
    ]),
  );
  addSheet(
    workbook,
    'Achievements',
    [text('Quarter', 10), text('Priority', 10), text('Review', 10), text('Achievement', 90)],
    report.achievements.map((a) => [a.period, a.priority, a.status, a.text]),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function exportAnnualReport(
  report: AnnualReport,
  format: 'csv' | 'xlsx' | 'pptx',
  now: Date,
): Promise<ReportFile> {
  switch (format) {
    case 'csv':
      return {
        contentType: CSV_CONTENT_TYPE,
        filename: fileName(report, 'csv'),
        body: Buffer.from(annualReportCsv(report), 'utf8'),
      };
    case 'xlsx':
      return {
        contentType: XLSX_CONTENT_TYPE,
        filename: fileName(report, 'xlsx'),
        body: await annualReportXlsx(report),
      };
    case 'pptx':
      return {
        contentType: PPTX_CONTENT_TYPE,
        filename: fileName(report, 'pptx'),
        body: await annualReportPptx(report, now.toISOString().slice(0, 10)),
      };
  }
}
