// The annual report as a download: CSV (one RFC 4180 table, for any tool), XLSX (annual-report.xlsx.ts) or
// PowerPoint (annual-report.pptx.ts), the last two in the reader's language. All are built from the JSON
// report, so they show exactly its figures; each file's name carries its language.
import { STATUSES, type Language } from '@rbm/shared';
import {
  CSV_CONTENT_TYPE,
  PPTX_CONTENT_TYPE,
  XLSX_CONTENT_TYPE,
  type AnnualReport,
  type ReportGroup,
  type RollUpFigures,
} from '@rbm/shared/schemas';
import { annualReportPptx } from './annual-report.pptx.ts';
import { annualReportXlsx } from './annual-report.xlsx.ts';
import { exportLocale } from './export-texts/index.ts';

export interface ReportFile {
  contentType: string;
  filename: string;
  body: Buffer;
}

type Cell = string | number | null;

/** ASCII only, so every browser keeps it as it is; the language tells an English and an Arabic file apart. */
function fileName(report: AnnualReport, language: Language, extension: string): string {
  return `annual-report-${report.plan.code}-${report.year}-${language}.${extension}`;
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
const KPI_COLUMNS = ['actual', 'expected', 'target', 'ratio', 'unit', 'challenges', 'improvements'] as const;
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
      k.target,
      k.ratio,
      k.unit,
      k.narrative?.challenges ?? null,
      k.narrative?.improvements ?? null,
    ]),
  ];
  // A byte-order mark so spreadsheet programs read the names (French, Arabic, Chinese...) as UTF-8.
  return `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

export async function exportAnnualReport(
  report: AnnualReport,
  format: 'csv' | 'xlsx' | 'pptx',
  language: Language,
  now: Date,
): Promise<ReportFile> {
  const locale = exportLocale(language);
  const day = now.toISOString().slice(0, 10);
  switch (format) {
    case 'csv':
      return {
        contentType: CSV_CONTENT_TYPE,
        filename: fileName(report, language, 'csv'),
        body: Buffer.from(annualReportCsv(report), 'utf8'),
      };
    case 'xlsx':
      return {
        contentType: XLSX_CONTENT_TYPE,
        filename: fileName(report, language, 'xlsx'),
        body: await annualReportXlsx(report, locale, day),
      };
    case 'pptx':
      return {
        contentType: PPTX_CONTENT_TYPE,
        filename: fileName(report, language, 'pptx'),
        body: await annualReportPptx(report, locale, day),
      };
  }
}
