// The score over time: each assessed quarter placed on the chart's axes (quarters across, score 0-25 up).
import type { RiskAssessment } from '@rbm/shared/schemas';

export const MAX_SCORE = 25;

export interface HistoryPoint {
  period: string;
  x: number;
  inherentY: number;
  residualY: number;
  draft: boolean;
}

/** Points in a width x height box, oldest quarter at x 0; a lone quarter sits in the middle. */
export function historyPoints(
  assessments: readonly RiskAssessment[],
  width: number,
  height: number,
): HistoryPoint[] {
  const y = (score: number) => height - (score / MAX_SCORE) * height;
  const step = assessments.length > 1 ? width / (assessments.length - 1) : 0;
  return assessments.map((a, i) => ({
    period: a.period,
    x: assessments.length > 1 ? i * step : width / 2,
    inherentY: y(a.inherent.score),
    residualY: y(a.residual.score),
    draft: a.state === 'draft',
  }));
}

/** An SVG path through the points. */
export function linePath(points: ReadonlyArray<{ x: number; y: number }>): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
}
