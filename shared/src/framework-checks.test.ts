import { describe, expect, it } from 'vitest';
import { frameworkProblems } from './framework-checks.ts';
import type { FrameworkDocument } from './schemas/framework-document.ts';

const item = { sourceStatus: 'representative' as const };
const base = (): FrameworkDocument => ({
  schemaVersion: 1,
  plan: {
    code: 'SP-X',
    name: { en: 'X' },
    startYear: 2028,
    endYear: 2031,
    status: 'draft',
    thresholds: { onTrack: 0.9, atRisk: 0.6 },
    calendar: { reportingDeadlineDays: 15, reviewDeadlineDays: 45 },
  },
  units: [
    { code: 'S', kind: 'sector', name: { en: 'S' } },
    { code: 'B', parent: 'S', kind: 'bureau', name: { en: 'B' } },
  ],
  regions: [],
  goals: [{ code: 'G1', name: { en: 'G1' }, ...item }],
  targets: [
    {
      code: 'T1',
      goal: 'G1',
      name: { en: 'T1' },
      value: 1,
      unit: '%',
      direction: 'increase',
      deadlineYear: 2030,
      ...item,
    },
  ],
  priorities: [{ code: 'P1', unit: 'S', name: { en: 'P1' }, ...item }],
  outcomes: [{ code: 'O1', priority: 'P1', name: { en: 'O1' }, ...item }],
  outputs: [{ code: 'S1', priority: 'P1', name: { en: 'S1' }, ...item }],
  enablers: [],
  themes: [],
  kpis: [
    {
      code: 'K1',
      name: { en: 'K1' },
      unit: 'count',
      direction: 'increase',
      aggregation: 'last',
      frequency: 'quarterly',
      annualTargets: { '2028': 1, '2031': 4 },
      tolerance: 0.05,
      weight: 1,
      byRegion: false,
      ownerUnit: 'B',
      outcomes: ['O1'],
      outputs: ['S1'],
      targets: ['T1'],
      themes: [],
      sourceStatus: 'demo',
    },
  ],
});

const reasons = (document: FrameworkDocument) =>
  frameworkProblems(document, new Set()).map((p) => `${p.level}/${p.code}/${p.column}/${p.reason}`);

describe('frameworkProblems', () => {
  it('finds nothing wrong in a sound document', () => {
    expect(reasons(base())).toEqual([]);
  });

  it('names a duplicate code, a broken link, a year outside the plan and an unknown unit', () => {
    const document = base();
    document.goals.push({ code: 'G1', name: { en: 'again' }, ...item });
    document.outcomes[0]!.priority = 'P9';
    document.kpis[0]!.annualTargets['2032'] = 5;
    document.kpis[0]!.ownerUnit = 'NOPE';
    document.kpis[0]!.themes = ['TH9'];
    expect(reasons(document)).toEqual([
      'goals/G1/code/duplicate_code',
      'outcomes/O1/priority/unknown_link',
      'kpis/K1/themes/unknown_link',
      'kpis/K1/ownerUnit/unknown_unit',
      'kpis/K1/Target 2032/year_outside_plan',
    ]);
  });

  it('refuses a unit tree with a cycle, a bureau leading a priority and an unknown statistic', () => {
    const document = base();
    document.units[0]!.parent = 'B';
    document.priorities[0]!.unit = 'B';
    document.targets[0]!.statistic = 'NO-STAT';
    expect(reasons(document)).toEqual([
      'units/S/parent/unit_cycle',
      'units/B/parent/unit_cycle',
      'targets/T1/statistic/unknown_statistic',
      'priorities/P1/unit/unit_cannot_lead',
    ]);
  });
});
