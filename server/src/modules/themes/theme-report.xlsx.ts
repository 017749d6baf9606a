// The Resolution 59 report as a workbook for the Council's secretariat: one sheet per part in the reader's
// language (right to left in Arabic), printable on A4 landscape (the annual report's sheet layout).
import type { ThemeReport } from '@rbm/shared/schemas';
import { addSheet, figure, long, text, type Cell } from '../reports/annual-report.xlsx-sheet.ts';
import type { ExportLocale } from '../reports/export-texts/index.ts';
import type { ThemeReportWords } from './theme-report-texts/index.ts';

/** The workbook of the report; `day` (`YYYY-MM-DD`) is the day it is produced. */
export async function themeReportXlsx(
  report: ThemeReport,
  locale: ExportLocale,
  w: ThemeReportWords,
  day: string,
): Promise<Buffer> {
  const t = locale.text;
  const workbook = new (await import('exceljs')).default.Workbook();
  workbook.creator = 'RBM dashboard';
  workbook.title = `${w('title', { year: report.year })} - ${report.plan.code}`;
  const byCode = new Map(report.activities.map((a) => [a.code, a]));
  const titleOf = (code: string) => byCode.get(code)?.title.text ?? code;

  const summary: Cell[][] = [
    [w('title', { year: report.year }), null],
    [w('audience'), null],
    [t('plan'), `${report.plan.code} ${report.plan.name.text}`],
    [t('values'), t('approvedOnly')],
    [
      t('asOf', { quarter: locale.period(report.basis.period) }),
      report.yearToDate ? t('yearToDate', { quarter: locale.period(report.yearToDate) }) : null,
    ],
    [t('producedOn', { date: locale.date(day) }), null],
    [w('themes'), report.themes.length],
    [w('activities'), report.activities.length],
    [w('jointActivities'), report.joint.activities.length],
    [w('jointDecisions'), report.joint.decisions.length],
    [w('joint_work'), report.duplicates.counts.joint_work],
    [w('duplicate'), report.duplicates.counts.duplicate],
    [w('unrelated'), report.duplicates.counts.unrelated],
    [w('openNow'), report.duplicates.open],
    [w('overlapsTitle'), report.overlaps.length],
  ];
  addSheet(workbook, locale, w('sheetSummary'), [long(t('item'), 50), long(t('value'), 60)], summary);

  addSheet(
    workbook,
    locale,
    w('sheetThemes'),
    [
      text(w('theme'), 8),
      long(t('name'), 30),
      { ...text(t('status'), 16), status: true },
      text(w('unit'), 10),
      text(w('kpi'), 10),
      long(w('kpiName'), 36),
      { ...text(t('status'), 16), status: true },
      figure(t('actual')),
      figure(t('target', { year: report.year })),
      long(w('activities'), 40),
    ],
    report.themes.flatMap((theme) => {
      const head: Cell[] = [theme.code, theme.name.text, locale.statusLabel(theme.rollUp.status)];
      if (theme.units.length === 0) return [[...head, null, null, null, null, null, null, null]];
      return theme.units.flatMap((u) => {
        const activities = u.activities.map((c) => `${c} ${titleOf(c)}`).join('\n') || null;
        if (u.kpis.length === 0) return [[...head, u.unit, null, null, null, null, null, activities]];
        return u.kpis.map((k, i): Cell[] => [
          ...head,
          u.unit,
          k.code,
          k.name.text,
          locale.statusLabel(k.status),
          k.actual,
          k.target,
          i === 0 ? activities : null,
        ]);
      });
    }),
  );

  const activityRow = (code: string): Cell[] => {
    const a = byCode.get(code);
    if (!a) return [code];
    return [
      a.code,
      a.title.text,
      w(a.kind),
      a.unit,
      a.participants.join(', ') || null,
      a.region ?? w('global'),
      locale.date(a.startDate),
      locale.date(a.endDate),
      a.themes.join(', '),
    ];
  };
  const activityColumns = [
    text(w('activity'), 12),
    long(w('activity'), 44),
    text(w('kind'), 14),
    text(w('unit'), 10),
    long(w('participants'), 18),
    text(w('region'), 9),
    text(w('from'), 16),
    text(w('to'), 16),
    long(w('themes'), 12),
  ];
  addSheet(
    workbook,
    locale,
    w('sheetActivities'),
    activityColumns,
    report.activities.map((a) => activityRow(a.code)),
  );
  addSheet(workbook, locale, w('sheetJoint'), activityColumns, report.joint.activities.map(activityRow));

  addSheet(
    workbook,
    locale,
    w('sheetDecisions'),
    [
      text(w('theme'), 8),
      long(w('pairA'), 34),
      long(w('pairB'), 34),
      text(w('decision'), 20),
      long(w('note'), 44),
      text(w('decidedOn'), 16),
    ],
    report.duplicates.decisions.map((d) => [
      d.theme,
      `${d.a.unit} ${d.a.code}: ${d.a.title}`,
      `${d.b.unit} ${d.b.code}: ${d.b.title}`,
      w(d.decision),
      d.note,
      locale.date(d.decidedAt.slice(0, 10)),
    ]),
  );
  addSheet(
    workbook,
    locale,
    w('sheetOverlaps'),
    [long(w('eventA'), 44), long(w('eventB'), 44), text(w('themes'), 14)],
    report.overlaps.map((o) => {
      const side = (code: string) => {
        const a = byCode.get(code);
        return a ? `${a.unit} ${a.code}: ${a.title.text} (${a.startDate} – ${a.endDate})` : code;
      };
      return [side(o.a), side(o.b), o.themes.join(', ')];
    }),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
