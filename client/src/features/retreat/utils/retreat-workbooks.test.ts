// The retreat's workbooks from fixed responses: every node and figure of the view, status words (not codes),
// right to left in Arabic, the language in the file name; and the slide a key moves to.
import { describe, expect, it } from 'vitest';
import type { Comparison, Explorer, RollUpFigures } from '@rbm/shared/schemas';
import { slideAfterKey } from '../components/PresentationMode.tsx';
import { compareFileName, compareWorkbook, type CompareViewData } from './compare-workbook.ts';
import { explorerFileName, explorerLines, explorerWorkbook } from './explorer-workbook.ts';
import { periodLabel } from './retreat-texts.ts';

const t = (key: string, options?: Record<string, unknown>) =>
  options ? `${key}(${Object.values(options).join(',')})` : key;

const rollUp = (status: RollUpFigures['status'], score: number | null): RollUpFigures => ({
  score,
  status,
  counts: { achieved: 0, on_track: 1, at_risk: 1, off_track: 0, no_data: 0, not_due: 0 },
  completeness: 0.5,
  timeliness: 1,
  kpiCount: 2,
  ratedCount: 2,
  dueCount: 2,
  reportedCount: 1,
});
const text = (value: string) => ({ text: value, language: 'en' as const, fallback: false });
const kpi = (code: string) => ({
  code,
  name: text(`${code} name`),
  unit: 'count' as const,
  actual: 1,
  expected: 1,
  ratio: 1,
  rollUp: rollUp('at_risk', 0.74),
});

const explorer = {
  plan: { code: 'SP', name: text('Plan') },
  basis: { values: 'approved', period: '2026-Q2', asOf: '2026-Q3' },
  view: 'sector',
  period: '2026-Q2',
  filters: { sector: 'ITU-D', region: null, status: null },
  overall: rollUp('on_track', 0.9),
  roots: [
    {
      kind: 'sector',
      code: 'ITU-D',
      name: text('Development'),
      rollUp: rollUp('on_track', 0.9),
      priorities: [
        {
          code: 'KAP-1',
          name: text('Connectivity'),
          sector: 'ITU-D',
          rollUp: rollUp('on_track', 0.91),
          outcomes: [
            { code: 'KAP-1.1', name: text('Outcome'), rollUp: rollUp('at_risk', 0.8), kpis: [kpi('D1-K1')] },
          ],
          kpis: [kpi('D1-K9')],
        },
      ],
    },
  ],
  options: { periods: [], sectors: [], regions: [] },
} as unknown as Explorer;

describe('explorer workbook', () => {
  it('lists every node depth first with its status word and figures', () => {
    expect(explorerLines(explorer, t).map((l) => [l.kind, l.depth, l.code])).toEqual([
      ['sector', 0, 'ITU-D'],
      ['priority', 1, 'KAP-1'],
      ['outcome', 2, 'KAP-1.1'],
      ['kpi', 3, 'D1-K1'],
      ['kpi', 2, 'D1-K9'],
    ]);
    const book = explorerWorkbook(explorer, t, 'ar');
    expect(book.rightToLeft).toBe(true);
    const [tree] = book.sheets;
    const row = tree!.rows.find((r) => r[1] === 'D1-K1')!;
    expect(row[3]).toBe('status.at_risk');
    expect(row[4]).toEqual({ value: 0.74, percent: true });
    expect(tree!.rows[tree!.headerRow! - 1]![0]).toBe('retreat.columns.level');
    expect(explorerFileName(explorer, 'ar')).toBe('SP-explorer-2026-Q2-ar');
  });
});

describe('compare workbook', () => {
  const group = (code: string, score: number | null) => ({
    code,
    name: text(code),
    sector: null,
    rollUp: rollUp(score === null ? 'no_data' : 'at_risk', score),
    rank: null,
  });
  const groups = {
    plan: { code: 'SP', name: text('Plan') },
    basis: { values: 'approved', period: '2026-Q2', asOf: '2026-Q3' },
    by: 'sector',
    period: '2026-Q2',
    groups: [group('ITU-R', 0.8), group('GS', null)],
    heatmap: {
      periods: ['2026-Q1', '2026-Q2'],
      rows: [
        {
          code: 'ITU-R',
          name: text('R'),
          cells: [
            { period: '2026-Q1', score: 0.52, status: 'off_track' },
            { period: '2026-Q2', score: null, status: 'no_data' },
          ],
        },
      ],
    },
    thresholds: { onTrack: 0.9, atRisk: 0.6 },
    minKpisToRank: 3,
    registers: [],
  } as unknown as Comparison;
  const view: CompareViewData = {
    rows: 'sector',
    rank: 'completeness',
    regionRank: 'score',
    groups,
    regions: undefined,
    ranking: [
      { group: groups.groups[0]!, rank: 1 },
      { group: groups.groups[1]!, rank: null },
    ],
    regionRanking: [],
  };
  it('ranks as the screen does, fills heatmap cells with their status tint and names the file', () => {
    const book = compareWorkbook(view, t, 'en');
    expect(book.rightToLeft).toBe(false);
    expect(book.sheets.map((s) => s.name)).toEqual(['retreat.view.sector', 'retreat.sheets.heatmap']);
    const ranking = book.sheets[0]!.rows.slice(book.sheets[0]!.headerRow);
    expect(ranking.map((r) => [r[0], r[1], r[3]])).toEqual([
      [1, 'ITU-R', 'status.at_risk'],
      ['retreat.compare.notRanked', 'GS', 'status.no_data'],
    ]);
    const heat = book.sheets[1]!.rows.find((r) => r[0] === 'ITU-R')!;
    expect(heat[2]).toEqual({ value: 0.52, percent: true, fill: '#f5bcb5' });
    expect(heat[3]).toEqual({ value: null, percent: true, fill: '#eceff3' });
    expect(
      book.sheets[1]!.rows.filter((r) => r[0] === 'ITU-R')
        .at(-1)!
        .slice(2),
    ).toEqual(['status.off_track', 'status.no_data']);
    expect(compareFileName(view, 'fr')).toBe('SP-comparison-sector-2026-Q2-fr');
  });
  it("adds each Sector's confirmed risks and recommendations when the comparison has them", () => {
    const registers: Comparison['registers'] = [
      {
        sector: 'ITU-R',
        risksAboveAppetite: 2,
        topRisk: { code: 'RSK-R-01', title: 'Backlog', score: 12, withinAppetite: false },
        recommendationsOpen: 5,
        recommendationsOverdue: 3,
      },
      {
        sector: 'GS',
        risksAboveAppetite: 0,
        topRisk: null,
        recommendationsOpen: 0,
        recommendationsOverdue: 0,
      },
    ];
    const book = compareWorkbook({ ...view, groups: { ...groups, registers } }, t, 'en');
    const sheet = book.sheets.at(-1)!;
    expect(sheet.name).toBe('retreat.registers.sheet');
    const headerRow = sheet.headerRow ?? 0;
    expect(sheet.rows[headerRow - 1]?.[0]).toBe('retreat.registers.sector');
    expect(sheet.rows.slice(headerRow)).toEqual([
      ['ITU-R', 2, 'RSK-R-01 Backlog (12)', 5, 3],
      ['GS', 0, null, 0, 0],
    ]);
  });
  it('writes quarters the language way', () => {
    expect(periodLabel('2026-Q2', t, 'en')).toBe('retreat.quarter(2,2026)');
    expect(periodLabel('2026', t, 'en')).toBe('2026');
  });
});

describe('slideAfterKey', () => {
  it('moves in the reading direction, stops at the ends, ignores other keys', () => {
    expect(slideAfterKey('ArrowRight', 0, 3, false)).toBe(1);
    expect(slideAfterKey('ArrowLeft', 0, 3, true)).toBe(1);
    expect(slideAfterKey('ArrowRight', 1, 3, true)).toBe(0);
    expect(slideAfterKey('PageDown', 2, 3, false)).toBe(2);
    expect(slideAfterKey('PageUp', 0, 3, false)).toBe(0);
    expect(slideAfterKey('End', 0, 3, false)).toBe(2);
    expect(slideAfterKey('Home', 2, 3, true)).toBe(0);
    expect(slideAfterKey('a', 1, 3, false)).toBeNull();
  });
});
