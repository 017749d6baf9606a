import { describe, expect, it } from 'vitest';
import type { Direction, Status } from '../domain.ts';
import { kpiScore, rollUp, rollUpBy, type RollUpItem } from './rollup.ts';

function item(
  kpiId: string | number,
  status: Status,
  ratio: number | null,
  extra: Partial<RollUpItem> = {},
): RollUpItem {
  const due = status !== 'not_due';
  const actual = status === 'no_data' || status === 'not_due' ? null : 1;
  return { kpiId, direction: 'increase' as Direction, assessment: { status, ratio, actual, due }, ...extra };
}

describe('kpiScore', () => {
  it('is min(r, 1), 1 when achieved, null when not rated', () => {
    expect(kpiScore('increase', { status: 'on_track', ratio: 1.2 })).toBe(1);
    expect(kpiScore('decrease', { status: 'at_risk', ratio: 0.8 })).toBe(0.8);
    expect(kpiScore('increase', { status: 'off_track', ratio: -0.2 })).toBe(-0.2);
    expect(kpiScore('increase', { status: 'achieved', ratio: 0.5 })).toBe(1);
    expect(kpiScore('increase', { status: 'no_data', ratio: null })).toBeNull();
    expect(kpiScore('maintain', { status: 'not_due', ratio: null })).toBeNull();
  });

  it('counts maintain KPIs 1 / 0.75 / 0.3', () => {
    expect(kpiScore('maintain', { status: 'on_track', ratio: null })).toBe(1);
    expect(kpiScore('maintain', { status: 'at_risk', ratio: null })).toBe(0.75);
    expect(kpiScore('maintain', { status: 'off_track', ratio: null })).toBe(0.3);
  });

  it('counts a rated KPI without a usable ratio by its status', () => {
    expect(kpiScore('decrease', { status: 'on_track', ratio: null })).toBe(1);
    expect(kpiScore('increase', { status: 'at_risk', ratio: Number.NaN })).toBe(0.75);
  });
});

describe('rollUp', () => {
  it('of one KPI is that KPI', () => {
    expect(rollUp([item('a', 'on_track', 1.2)])).toMatchObject({
      score: 1,
      status: 'on_track',
      kpiCount: 1,
      ratedCount: 1,
    });
    expect(rollUp([item('a', 'at_risk', 0.8)])).toMatchObject({ score: 0.8, status: 'at_risk' });
    expect(rollUp([item('a', 'achieved', 1.5)])).toMatchObject({ score: 1, status: 'achieved' });
  });

  it('is the weighted mean of the rated KPIs', () => {
    const result = rollUp([
      item('a', 'off_track', 0.5),
      item('b', 'on_track', 1, { weight: 3 }),
      item('c', 'no_data', null),
    ]);
    expect(result.score).toBeCloseTo(0.875);
    expect(result.status).toBe('at_risk');
    expect(result.ratedCount).toBe(2);
    expect(result.kpiCount).toBe(3);
  });

  it('mixes ratios, achieved and maintain KPIs', () => {
    const result = rollUp([
      item('a', 'achieved', 2),
      item('b', 'at_risk', null, { direction: 'maintain' }),
      item('c', 'off_track', 0.2),
    ]);
    expect(result.score).toBeCloseTo((1 + 0.75 + 0.2) / 3);
    expect(result.status).toBe('at_risk');
  });

  it('counts a KPI linked several times once', () => {
    const twice = [item(7, 'on_track', 1), item(7, 'on_track', 1), item(8, 'off_track', 0.4)];
    const result = rollUp(twice);
    expect(result.kpiCount).toBe(2);
    expect(result.score).toBeCloseTo(0.7);
    expect(result.counts.on_track).toBe(1);
  });

  it('counts KPIs per status and measures completeness over the KPIs due', () => {
    const result = rollUp([
      item('a', 'on_track', 1),
      item('b', 'no_data', null),
      item('c', 'not_due', null),
      item('d', 'off_track', 0.1),
    ]);
    expect(result.counts).toEqual({
      achieved: 0,
      on_track: 1,
      at_risk: 0,
      off_track: 1,
      no_data: 1,
      not_due: 1,
    });
    expect(result).toMatchObject({ dueCount: 3, reportedCount: 2, ratedCount: 2, kpiCount: 4 });
    expect(result.completeness).toBeCloseTo(2 / 3);
  });

  it('is no_data, never 0, over zero rated KPIs', () => {
    const result = rollUp([item('a', 'no_data', null)]);
    expect(result).toMatchObject({ score: null, status: 'no_data', completeness: 0, kpiCount: 1 });
  });

  it('is not_due when nothing was due, and empty when there is nothing', () => {
    expect(rollUp([item('a', 'not_due', null)])).toMatchObject({
      score: null,
      status: 'not_due',
      completeness: null,
    });
    expect(rollUp([])).toMatchObject({ score: null, status: 'not_due', kpiCount: 0, completeness: null });
  });

  it('uses 1 for a missing, negative or non-finite weight, and a plain mean when all weights are 0', () => {
    const odd = rollUp([
      item('a', 'on_track', 1, { weight: -2 }),
      item('b', 'off_track', 0, { weight: Number.NaN }),
    ]);
    expect(odd.score).toBeCloseTo(0.5);
    const zeros = rollUp([
      item('a', 'on_track', 1, { weight: 0 }),
      item('b', 'off_track', 0.5, { weight: 0 }),
    ]);
    expect(zeros.score).toBeCloseTo(0.75);
    const excluded = rollUp([
      item('a', 'on_track', 1, { weight: 0 }),
      item('b', 'off_track', 0.5, { weight: 2 }),
    ]);
    expect(excluded.score).toBeCloseTo(0.5);
  });

  it('does not overflow on huge negative ratios', () => {
    const result = rollUp([
      item('a', 'off_track', -1.7e308),
      item('b', 'off_track', -1.7e308),
      item('c', 'on_track', 1),
    ]);
    expect(result.score).toBeCloseTo(-2 * (1.7e308 / 3), -300);
    expect(Number.isFinite(result.score)).toBe(true);
    const zeros = rollUp([
      item('a', 'off_track', -1.7e308, { weight: 0 }),
      item('b', 'off_track', -1.7e308, { weight: 0 }),
    ]);
    expect(zeros.score).toBeCloseTo(-1.7e308, -300);
  });

  it('survives huge weights', () => {
    const result = rollUp([
      item('a', 'on_track', 1, { weight: 1e308 }),
      item('b', 'off_track', 0, { weight: 1e308 }),
    ]);
    expect(result.score).toBeCloseTo(0.5);
  });

  it('scores a KPI with r = 0 (or -0) as 0, never -0', () => {
    expect(Object.is(rollUp([item('a', 'off_track', -0)]).score, 0)).toBe(true);
    expect(Object.is(kpiScore('increase', { status: 'off_track', ratio: -0 }), 0)).toBe(true);
    expect(rollUp([item('a', 'off_track', 0)])).toMatchObject({ score: 0, status: 'off_track' });
  });

  it('applies the plan’s thresholds', () => {
    expect(rollUp([item('a', 'at_risk', 0.85)], { onTrack: 0.8, atRisk: 0.5 }).status).toBe('on_track');
  });
});

describe('rollUpBy', () => {
  it('rolls up every group, a KPI counting in each of its groups', () => {
    const items = [item('k1', 'on_track', 1), item('k2', 'off_track', 0.3), item('k3', 'at_risk', 0.7)];
    const priorities: Record<string, string[]> = { k1: ['P1', 'P2'], k2: ['P1'], k3: ['P2'] };
    const groups = rollUpBy(items, (entry) => priorities[String(entry.kpiId)] ?? []);
    expect([...groups.keys()]).toEqual(['P1', 'P2']);
    expect(groups.get('P1')!.score).toBeCloseTo(0.65);
    expect(groups.get('P2')!.score).toBeCloseTo(0.85);
    const all = rollUpBy(items, () => ['all', 'all'], { onTrack: 0.9, atRisk: 0.6 });
    expect(all.get('all')!.kpiCount).toBe(3);
    expect(all.get('all')!.score).toBeCloseTo(2 / 3);
  });
});
