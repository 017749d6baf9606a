// The annual report as a workbook for the Council's secretariat: one sheet per part, in the reader's
// language (right-to-left sheets in Arabic), statuses as words with the screens' symbols and colours, and
// ready to print: A4 landscape, one page wide, the header row repeated on every page.
import { STATUSES, type Status } from '@rbm/shared';
import type { AnnualReport, ReportGroup, RollUpFigures } from '@rbm/shared/schemas';
import type ExcelJS from 'exceljs';
import { addRegisterSheets } from './annual-report.registers-xlsx.ts';
import {
  addSheet,
  figure,
  long,
  percent,
  PERCENT,
  text,
  type Cell,
  type Column,
} from './annual-report.xlsx-sheet.ts';
import type { ExportLocale, TextKey } from './export-texts/index.ts';

const RATIO = '0.00';

function rollUpColumns(locale: ExportLocale): Column[] {
  const t = locale.text;
  return [
    { ...text(t('status'), 18), status: true },
    percent(t('score')),
    percent(t('completeness')),
    percent(t('timeliness')),
    text(t('kpis'), 9),
    ...STATUSES.map((s) => ({ ...text(locale.statusLabel(s), 11), wrap: true })),
  ];
}

const rollUpCells = (locale: ExportLocale, r: RollUpFigures): Cell[] => [
  locale.statusLabel(r.status),
  r.score,
  r.completeness,
  r.timeliness,
  r.kpiCount,
  ...STATUSES.map((s) => r.counts[s]),
];

function summarySheet(workbook: ExcelJS.Workbook, locale: ExportLocale, report: AnnualReport, day: string) {
  const t = locale.text;
  const o = report.overall;
  const item = (key: TextKey, value: Cell): Cell[] => [t(key), value];
  const percentItems: Cell[][] = [
    item('score', o.score),
    item('completeness', o.completeness),
    item('timeliness', o.timeliness),
  ];
  const rows: Cell[][] = [
    item('plan', report.plan.code),
    item('planName', report.plan.name.text),
    item('year', String(report.year)),
    item('yearDue', report.due ? t('yes') : `${t('no')}: ${t('notYetDue', { year: report.year })}`),
    item('latestDueQuarter', report.latestDueQuarter ? locale.period(report.latestDueQuarter) : null),
    item('values', report.basis.values === 'approved' ? t('approvedOnly') : t('unapproved')),
    [t('asOf', { quarter: locale.period(report.basis.asOf) }), null],
    [t('producedOn', { date: locale.date(day) }), null],
    [t('status'), locale.statusLabel(o.status)],
    ...percentItems,
    item('kpis', o.kpiCount),
    ...STATUSES.map((s: Status): Cell[] => [locale.statusLabel(s), o.counts[s]]),
  ];
  const columns = [
    { ...long(t('item'), 34), status: true },
    { ...long(t('value'), 60), status: true },
  ];
  const sheet = addSheet(workbook, locale, t('sheetSummary'), columns, rows);
  const percentLabels = new Set(percentItems.map((row) => row[0]));
  sheet.eachRow((row) => {
    if (percentLabels.has(String(row.getCell(1).value))) row.getCell(2).numFmt = PERCENT;
  });
}

/** The workbook of the report in `locale`'s language; `day` (`YYYY-MM-DD`) is the day it is produced. */
export async function annualReportXlsx(
  report: AnnualReport,
  locale: ExportLocale,
  day: string,
): Promise<Buffer> {
  const t = locale.text;
  // loaded with the first workbook: exceljs takes about 0.4 s to load, too long for every start
  const workbook = new (await import('exceljs')).default.Workbook();
  workbook.creator = 'RBM dashboard';
  workbook.title = `${t('title', { year: report.year })} - ${report.plan.code}`;

  summarySheet(workbook, locale, report, day);
  const groupRow = (g: ReportGroup): Cell[] => [g.code, g.name.text, ...rollUpCells(locale, g.rollUp)];
  const groupColumns = [text(t('code'), 10), long(t('name'), 40), ...rollUpColumns(locale)];
  addSheet(workbook, locale, t('sheetGoals'), groupColumns, report.goals.map(groupRow));
  addSheet(workbook, locale, t('sheetSectors'), groupColumns, report.sectors.map(groupRow));
  addSheet(
    workbook,
    locale,
    t('sheetPriorities'),
    [text(t('sector'), 10), ...groupColumns],
    report.sectors.flatMap((s) => s.priorities.map((p) => [s.code, ...groupRow(p)])),
  );
  addSheet(
    workbook,
    locale,
    t('sheetOffTrack'),
    [
      text(t('code'), 10),
      long(t('name'), 32),
      text(t('priority'), 11),
      text(t('sector'), 9),
      { ...text(t('status'), 14), status: true },
      figure(t('actual')),
      figure(t('expected')),
      figure(t('target', { year: report.year })),
      { ...text(t('ratio'), 8), numFmt: RATIO },
      text(t('unit'), 9),
      long(t('reviewQuarter'), 12),
      long(t('challenges'), 34),
      long(t('improvements'), 34),
    ],
    report.offTrack.map((k) => [
      k.code,
      k.name.text,
      k.priority,
      k.sector,
      locale.statusLabel(k.status),
      k.actual,
      k.expected,
      k.target,
      k.ratio,
      locale.unit(k.unit),
      k.narrative ? locale.period(k.narrative.period) : null,
      k.narrative?.challenges ?? null,
      k.narrative?.improvements ?? null,
    ]),
  );
  addSheet(
    workbook,
    locale,
    t('sheetAchieved'),
    [
      text(t('code'), 10),
      long(t('name'), 50),
      text(t('priority'), 11),
      text(t('sector'), 9),
      figure(t('actual'), 12),
      figure(t('target', { year: report.year }), 12),
      text(t('unit'), 10),
    ],
    report.achieved.map((k) => [
      k.code,
      k.name.text,
      k.priority,
      k.sector,
      k.actual,
      k.target,
      locale.unit(k.unit),
    ]),
  );
  addSheet(
    workbook,
    locale,
    t('sheetAchievements'),
    [
      long(t('reviewQuarter'), 14),
      text(t('priority'), 11),
      text(t('review'), 12),
      long(t('achievement'), 90),
    ],
    report.achievements.map((a) => [locale.period(a.period), a.priority, locale.review(a.status), a.text]),
  );
  addRegisterSheets(workbook, locale, report, day);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
