import { describe, expect, it } from 'vitest';
import type { KpiLineage } from '@rbm/shared/schemas';
import type { KpiTrend } from './kpi-trend.ts';
import { lineageTrend, planBoundaries } from './kpi-lineage.ts';

const name = { text: 'KPI', language: 'en' as const };
const plan = (code: string, startYear: number) => ({ code, startYear, endYear: startYear + 3 });

const lineage: Pick<KpiLineage, 'kpi' | 'predecessors'> = {
  kpi: { id: 3, code: 'K1', name, plan: plan('SP-2028-2031', 2028) },
  predecessors: [
    {
      id: 1,
      code: 'K1',
      name,
      plan: plan('SP-2024-2027', 2024),
      quarters: [
        { period: '2027-Q4', actual: null, status: 'no_data', target: 40 },
        { period: '2027-Q3', actual: 30, status: 'on_track', target: 40 },
        // bad data: a quarter inside the new plan's years is not drawn twice
        { period: '2028-Q1', actual: 99, status: 'on_track', target: 40 },
      ],
    },
  ],
};

const ownTrend: KpiTrend = {
  rows: [{ x: 2028.25, actual: null, status: null, expected: 5, target: 10 }],
  markers: [{ x: 2029, label: 'Revised 2028' }],
  domain: [0, 10],
  ticks: [2028.25],
};

describe('a KPI continued across plans', () => {
  it('marks the boundary between the two plans, between their quarters', () => {
    expect(planBoundaries(lineage)).toEqual([{ x: 2028.125, from: 'SP-2024-2027', to: 'SP-2028-2031' }]);
    expect(planBoundaries({ ...lineage, predecessors: [] })).toEqual([]);
  });

  it("draws the predecessor's approved quarters with its own targets, then this plan's rows", () => {
    const trend = lineageTrend(ownTrend, lineage, (b) => `${b.from} | ${b.to}`);
    expect(trend.rows).toEqual([
      { x: 2027.75, actual: 30, status: 'on_track', target: 40 },
      { x: 2028, actual: null, status: null, target: 40 },
      ownTrend.rows[0],
    ]);
    expect(trend.markers).toEqual([
      { x: 2028.125, label: 'SP-2024-2027 | SP-2028-2031' },
      { x: 2029, label: 'Revised 2028' },
    ]);
    expect(trend.ticks).toEqual([2027.75, 2028, 2028.25]);
    expect(trend.domain[1]).toBeGreaterThanOrEqual(40);
  });

  it('leaves the trend as it is for a KPI that continues nothing', () => {
    expect(lineageTrend(ownTrend, undefined, () => '')).toBe(ownTrend);
    expect(lineageTrend(ownTrend, { ...lineage, predecessors: [] }, () => '')).toBe(ownTrend);
  });
});
