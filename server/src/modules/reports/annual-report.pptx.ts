// The annual report as a PowerPoint deck for the Council and the retreat: a title slide, one slide per goal
// and per Sector with its status distribution as a native (editable) chart, and the KPIs off track. Built
// from the JSON report, so it shows exactly its figures (approved values unless the report says otherwise).
import { STATUSES, type Status } from '@rbm/shared';
import type { AnnualReport, OffTrackKpi, ReportGroup, RollUpFigures } from '@rbm/shared/schemas';
import type PptxGenJS from 'pptxgenjs';

/** The same colours and shapes as the screens (client/src/components/charts/status-style.ts). */
export const STATUS_STYLE: Readonly<Record<Status, { color: string; symbol: string; label: string }>> = {
  achieved: { color: '0B5CAD', symbol: '★', label: 'Achieved' },
  on_track: { color: '1A7F37', symbol: '●', label: 'On track' },
  at_risk: { color: 'B35900', symbol: '▲', label: 'At risk' },
  off_track: { color: 'C62828', symbol: '✖', label: 'Off track' },
  no_data: { color: '5F6B7A', symbol: '?', label: 'No data' },
  not_due: { color: '9CA3AF', symbol: '○', label: 'Not due' },
};

const statusLabel = (s: Status) => `${STATUS_STYLE[s].symbol} ${STATUS_STYLE[s].label}`;
const percent = (value: number | null) => (value === null ? '–' : `${(value * 100).toFixed(1)}%`);
const TITLE = { x: 0.5, y: 0.3, w: 12.3, h: 0.8, fontSize: 26, bold: true, color: '1F2937' } as const;

export function basisText(report: AnnualReport): string {
  return report.basis.values === 'approved'
    ? 'Approved figures only'
    : 'Includes draft and submitted values (not for publication)';
}

function figuresText(r: RollUpFigures): string {
  return [
    `Status: ${statusLabel(r.status)}`,
    `Score: ${percent(r.score)}`,
    `Completeness: ${percent(r.completeness)}`,
    `Timeliness: ${percent(r.timeliness)}`,
    `KPIs: ${r.kpiCount}`,
  ].join('\n');
}

function addTitleSlide(pptx: PptxGenJS, report: AnnualReport, generatedOn: string): void {
  const slide = pptx.addSlide();
  slide.addText(`Annual implementation report ${report.year}`, { ...TITLE, y: 2.0, h: 1.0, fontSize: 34 });
  slide.addText(`${report.plan.name.text} (${report.plan.code})`, {
    x: 0.5,
    y: 3.1,
    w: 12.3,
    h: 0.6,
    fontSize: 20,
  });
  const lines = [
    basisText(report),
    report.yearToDate
      ? `Year to date, as of ${report.yearToDate}`
      : `Figures as of ${report.basis.asOf}${report.due ? '' : ` — ${report.year} not yet due`}`,
    `Produced on ${generatedOn}`,
  ];
  slide.addText(lines.join('\n'), { x: 0.5, y: 3.9, w: 12.3, h: 1.2, fontSize: 16, color: '374151' });
}

/** A goal's distribution: a doughnut of its KPIs by status, the figures beside it. */
function addGoalSlide(pptx: PptxGenJS, group: ReportGroup, report: AnnualReport) {
  const slide = pptx.addSlide();
  slide.addText(`Goal ${group.code}: ${group.name.text}`, TITLE);
  const statuses = STATUSES.filter((s) => group.rollUp.counts[s] > 0);
  if (statuses.length === 0) {
    slide.addText('No KPI in this group for the year.', { x: 0.5, y: 1.5, w: 8, h: 0.6, fontSize: 16 });
  } else {
    slide.addChart(
      pptx.ChartType.doughnut,
      [
        {
          name: `KPIs by status, ${report.year}`,
          labels: statuses.map(statusLabel),
          values: statuses.map((s) => group.rollUp.counts[s]),
        },
      ],
      {
        x: 0.5,
        y: 1.3,
        w: 7.5,
        h: 5.5,
        holeSize: 50,
        chartColors: statuses.map((s) => STATUS_STYLE[s].color),
        showLegend: true,
        legendPos: 'r',
        showValue: true,
        showPercent: false,
        showTitle: true,
        title: `KPIs by status (number of KPIs), ${report.year}`,
      },
    );
  }
  slide.addText(figuresText(group.rollUp), { x: 8.3, y: 1.5, w: 4.5, h: 3, fontSize: 16, valign: 'top' });
}

/** A Sector's priorities side by side: stacked bars of KPIs by status, the Sector's figures beside them. */
function addSectorSlide(pptx: PptxGenJS, sector: AnnualReport['sectors'][number], report: AnnualReport) {
  const slide = pptx.addSlide();
  slide.addText(`Sector ${sector.code}: ${sector.name.text}`, TITLE);
  slide.addChart(
    pptx.ChartType.bar,
    STATUSES.map((s) => ({
      name: statusLabel(s),
      labels: sector.priorities.map((p) => p.code),
      values: sector.priorities.map((p) => p.rollUp.counts[s]),
    })),
    {
      x: 0.5,
      y: 1.3,
      w: 7.6,
      h: 5.6,
      barDir: 'bar',
      barGrouping: 'stacked',
      chartColors: STATUSES.map((s) => STATUS_STYLE[s].color),
      showLegend: true,
      legendPos: 'b',
      showTitle: true,
      title: `KPIs by status per thematic priority, ${report.year}`,
      showCatAxisTitle: true,
      catAxisTitle: 'Thematic priority',
      showValAxisTitle: true,
      valAxisTitle: 'Number of KPIs',
    },
  );
  slide.addText(figuresText(sector.rollUp), { x: 8.3, y: 1.5, w: 4.5, h: 3, fontSize: 16, valign: 'top' });
}

function offTrackRow(k: OffTrackKpi) {
  const narrative = [k.narrative?.challenges, k.narrative?.improvements].filter(Boolean).join(' — ');
  return [k.code, k.name.text, k.priority, k.ratio === null ? '–' : k.ratio.toFixed(2), narrative || '–'].map(
    (text) => ({ text }),
  );
}

const OFF_TRACK_ROWS_PER_SLIDE = 6;

function addOffTrackSlides(pptx: PptxGenJS, report: AnnualReport): void {
  const header = ['KPI', 'Name', 'Priority', 'Ratio', "Reviewers' narrative"].map((text) => ({
    text,
    options: { bold: true },
  }));
  const pages = Math.max(1, Math.ceil(report.offTrack.length / OFF_TRACK_ROWS_PER_SLIDE));
  for (let page = 0; page < pages; page++) {
    const slide = pptx.addSlide();
    const suffix = pages > 1 ? ` (${page + 1}/${pages})` : '';
    slide.addText(`KPIs off track in ${report.year}${suffix}`, TITLE);
    const rows = report.offTrack.slice(
      page * OFF_TRACK_ROWS_PER_SLIDE,
      (page + 1) * OFF_TRACK_ROWS_PER_SLIDE,
    );
    if (rows.length === 0) {
      slide.addText('No KPI is off track.', { x: 0.5, y: 1.5, w: 12, h: 0.6, fontSize: 16 });
      continue;
    }
    slide.addTable([header, ...rows.map(offTrackRow)], {
      x: 0.5,
      y: 1.3,
      w: 12.3,
      colW: [1.1, 3.4, 1.0, 0.8, 6.0],
      fontSize: 10,
      border: { type: 'solid', pt: 0.5, color: 'BFC5CD' },
      valign: 'top',
    });
  }
}

export async function annualReportPptx(report: AnnualReport, generatedOn: string): Promise<Buffer> {
  // loaded with the first deck rather than at every start of the server
  const pptx = new (await import('pptxgenjs')).default();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = `Annual implementation report ${report.year} - ${report.plan.code}`;
  pptx.author = 'RBM dashboard';
  addTitleSlide(pptx, report, generatedOn);
  for (const goal of report.goals) addGoalSlide(pptx, goal, report);
  for (const sector of report.sectors) addSectorSlide(pptx, sector, report);
  addOffTrackSlides(pptx, report);
  const out = await pptx.write({ outputType: 'nodebuffer' });
  return Buffer.isBuffer(out) ? out : Buffer.from(out as Uint8Array);
}
