import { describe, expect, it } from 'vitest';
import {
  DEMO_RISK_PREFIX,
  heatMapCells,
  isActionOverdue,
  isDemoRisk,
  rankRisks,
  riskScore,
  withinAppetite,
} from './risk.ts';

const risk = (code: string, residual: [number, number], inherent: [number, number] = [5, 5]) => ({
  code,
  residual: { likelihood: residual[0], impact: residual[1] },
  inherent: { likelihood: inherent[0], impact: inherent[1] },
});

describe('risk scores', () => {
  it('multiplies likelihood by impact and compares with the appetite (at the appetite is within)', () => {
    expect(riskScore({ likelihood: 3, impact: 4 })).toBe(12);
    expect(withinAppetite(9, 9)).toBe(true);
    expect(withinAppetite(10, 9)).toBe(false);
  });

  it('calls an action overdue after its due day unless completed or cancelled', () => {
    const now = new Date('2026-11-23T09:00:00Z');
    expect(isActionOverdue({ dueDate: '2026-11-22', status: 'in_progress' }, now)).toBe(true);
    expect(isActionOverdue({ dueDate: '2026-11-23', status: 'in_progress' }, now)).toBe(false);
    expect(isActionOverdue({ dueDate: '2026-01-01', status: 'completed' }, now)).toBe(false);
    expect(isActionOverdue({ dueDate: '2026-01-01', status: 'cancelled' }, now)).toBe(false);
    expect(isActionOverdue({ dueDate: null, status: 'not_started' }, now)).toBe(false);
  });
});

describe('heatMapCells', () => {
  it('has all 25 cells, likelihood 5 to 1 and impact 1 to 5, each risk in its own cell', () => {
    const cells = heatMapCells([risk('A', [3, 4]), risk('B', [3, 4]), risk('C', [1, 1])], 9);
    expect(cells).toHaveLength(25);
    expect(cells.map((c) => `${c.likelihood}${c.impact}`).slice(0, 6)).toEqual([
      '51',
      '52',
      '53',
      '54',
      '55',
      '41',
    ]);
    const at = (l: number, i: number) => cells.find((c) => c.likelihood === l && c.impact === i);
    expect(at(3, 4)?.risks.map((r) => r.code)).toEqual(['A', 'B']);
    expect(at(3, 4)).toMatchObject({ score: 12, withinAppetite: false });
    expect(at(1, 1)).toMatchObject({ score: 1, withinAppetite: true });
    expect(cells.reduce((n, c) => n + c.risks.length, 0)).toBe(3);
  });
});

describe('rankRisks', () => {
  it('ranks by residual score, then residual impact, then inherent score, then code', () => {
    const ranked = rankRisks([
      risk('E', [1, 1]),
      risk('D', [4, 1], [2, 2]),
      risk('C', [2, 2], [2, 2]),
      risk('B', [2, 2], [3, 3]),
      risk('A', [1, 4], [2, 2]),
    ]);
    expect(ranked.map((r) => r.code)).toEqual(['A', 'B', 'C', 'D', 'E']);
  });
});

describe('isDemoRisk', () => {
  it('is true of a description that begins with the demo label, and of nothing else', () => {
    expect(isDemoRisk(`${DEMO_RISK_PREFIX}: an invented risk`)).toBe(true);
    expect(isDemoRisk('A real risk; not Demo data')).toBe(false);
    expect(isDemoRisk(null)).toBe(false);
  });
});
