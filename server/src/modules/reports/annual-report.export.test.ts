import { describe, expect, it } from 'vitest';
import type { AnnualReport, RollUpFigures } from '@rbm/shared/schemas';
import { annualReportCsv, CSV_COLUMNS } from './annual-report.export.ts';
import { parseCsv } from './csv.test-support.ts';

const rollUp: RollUpFigures = {
  score: 0.45,
  status: 'off_track',
  counts: { achieved: 0, on_track: 0, at_risk: 0, off_track: 1, no_data: 0, not_due: 0 },
  completeness: 1,
  timeliness: null,
  kpiCount: 1,
  ratedCount: 1,
  dueCount: 1,
  reportedCount: 1,
};
const en = (text: string) => ({ text, language: 'en' as const });

const report: AnnualReport = {
  plan: { code: 'SP-X', name: en('Plan, "quoted"') },
  year: 2025,
  due: false,
  latestDueQuarter: '2025-Q2',
  yearToDate: null,
  basis: { values: 'unapproved', period: '2025', asOf: '2025-Q2' },
  overall: rollUp,
  goals: [{ code: 'G1', name: en('=HYPERLINK("http://evil")'), rollUp }],
  sectors: [],
  offTrack: [
    {
      code: 'K-1',
      name: en('Line one\nline two'),
      priority: 'P1',
      sector: 'S1',
      status: 'off_track',
      actual: -3.5,
      expected: 1e-7,
      ratio: null,
      target: 12,
      unit: 'number',
      narrative: { period: '2025-Q2', status: 'submitted', challenges: '-cut, "delay"', improvements: null },
    },
  ],
  achieved: [],
  achievements: [],
  registers: {
    risks: {
      heatMap: { plan: 'SP-X', appetite: 9, asOf: null, confirmedOnly: true, cells: [], unassessed: 0 },
      top: [],
    },
    recommendations: {
      plan: 'SP-X',
      today: '2025-07-01',
      confirmedOnly: true,
      overall: {
        total: 0,
        accepted: 0,
        decided: 0,
        implemented: 0,
        acceptanceRate: null,
        implementationRate: null,
        open: 0,
        overdue: 0,
        openOverTwoYears: 0,
      },
      byBody: [],
      byYear: [],
      byUnit: [],
      overdueByUnit: [],
    },
    commitments: { counts: [], items: [] },
  },
};

describe('annualReportCsv', () => {
  it('quotes as RFC 4180 says, with CRLF records and a byte-order mark', () => {
    const csv = annualReportCsv(report);
    expect(csv.startsWith('\uFEFFAnnual implementation report,SP-X,"Plan, ""quoted""",2025,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const [first, header, plan, goal, kpi] = parseCsv(csv.slice(1));
    expect(first).toContain('approved, submitted and draft values');
    expect(first).toContain('year not yet due');
    expect(header).toEqual(CSV_COLUMNS);
    expect(plan?.slice(0, 3)).toEqual(['plan', 'SP-X', 'Plan, "quoted"']);
    expect(plan?.length).toBe(CSV_COLUMNS.length);
    expect(goal?.[2]).toBe(`'=HYPERLINK("http://evil")`);
    const record = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, kpi?.[i]]));
    expect(record).toMatchObject({
      level: 'kpi',
      name: 'Line one\nline two',
      actual: '-3.5',
      expected: '1e-7',
      target: '12',
      ratio: '',
      challenges: `'-cut, "delay"`,
      improvements: '',
    });
    expect(Number(record.expected)).toBe(1e-7);
  });
});
