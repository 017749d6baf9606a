import type { RiskAssessment } from '@rbm/shared/schemas';
import { describe, expect, it } from 'vitest';
import { historyPoints, linePath } from './assessment-history.ts';

const assessment = (period: string, inherent: number, residual: number, state: 'draft' | 'confirmed') =>
  ({
    period,
    state,
    inherent: { likelihood: 1, impact: inherent, score: inherent },
    residual: { likelihood: 1, impact: residual, score: residual },
  }) as RiskAssessment;

describe('historyPoints', () => {
  it('spreads the quarters across and puts score 25 at the top, 0 at the bottom', () => {
    const points = historyPoints(
      [
        assessment('2026-Q1', 25, 0, 'confirmed'),
        assessment('2026-Q2', 5, 5, 'confirmed'),
        assessment('2026-Q3', 10, 5, 'draft'),
      ],
      200,
      100,
    );
    expect(points.map((p) => p.x)).toEqual([0, 100, 200]);
    expect(points.map((p) => p.inherentY)).toEqual([0, 80, 60]);
    expect(points.map((p) => p.residualY)).toEqual([100, 80, 80]);
    expect(points.map((p) => p.draft)).toEqual([false, false, true]);
  });

  it('centres a lone quarter', () => {
    expect(historyPoints([assessment('2026-Q1', 4, 2, 'confirmed')], 200, 100)[0]?.x).toBe(100);
  });
});

describe('linePath', () => {
  it('moves to the first point and draws lines to the others', () => {
    expect(
      linePath([
        { x: 0, y: 1 },
        { x: 2.25, y: 3 },
      ]),
    ).toBe('M0.0,1.0 L2.3,3.0');
  });
});
