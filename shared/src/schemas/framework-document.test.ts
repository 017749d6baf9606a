import { Value } from 'typebox/value';
import { describe, expect, it } from 'vitest';
import { FrameworkDocumentSchema, type FrameworkDocument } from './framework-document.ts';

const minimal: FrameworkDocument = {
  schemaVersion: 1,
  plan: {
    code: 'SP-2028-2031',
    name: { en: 'Strategic Plan 2028-2031', fr: 'Plan stratégique 2028-2031' },
    startYear: 2028,
    endYear: 2031,
    status: 'draft',
    thresholds: { onTrack: 0.9, atRisk: 0.6 },
    calendar: { reportingDeadlineDays: 15, reviewDeadlineDays: 45 },
  },
  units: [
    { code: 'ITU-D', kind: 'sector', name: { en: 'ITU-D' } },
    { code: 'BDT', parent: 'ITU-D', kind: 'bureau', name: { en: 'BDT' } },
  ],
  regions: [],
  goals: [
    { code: 'G1', name: { en: 'Connectivity' }, sourceStatus: 'verified', sourceUrl: 'https://itu.int' },
  ],
  targets: [],
  priorities: [{ code: 'P1', unit: 'ITU-D', name: { en: 'P1' }, sourceStatus: 'representative' }],
  outcomes: [{ code: 'O1', priority: 'P1', name: { en: 'O1' }, sourceStatus: 'representative' }],
  outputs: [{ code: 'S1', priority: 'P1', name: { en: 'S1' }, sourceStatus: 'representative' }],
  enablers: [],
  themes: [],
  kpis: [
    {
      code: 'K1',
      name: { en: 'K1', ar: 'ك١' },
      unit: 'count',
      direction: 'increase',
      aggregation: 'last',
      frequency: 'quarterly',
      annualTargets: { '2028': 1 },
      tolerance: 0.05,
      weight: 1,
      byRegion: false,
      outcomes: ['O1'],
      outputs: ['S1'],
      targets: [],
      themes: [],
      sourceStatus: 'demo',
      confirmedLanguages: ['ar'],
    },
  ],
};

const errorsOf = (value: unknown) => [...Value.Errors(FrameworkDocumentSchema, value)];

describe('the framework document schema', () => {
  it('accepts a minimal plan with a unit tree, outputs and a KPI in two languages', () => {
    expect(errorsOf(minimal)).toEqual([]);
  });

  it('refuses another schema version rather than guessing', () => {
    expect(errorsOf({ ...minimal, schemaVersion: 2 }).length).toBeGreaterThan(0);
  });

  it('refuses a text without English, a language that is not official and an unknown source status', () => {
    expect(
      errorsOf({ ...minimal, goals: [{ ...minimal.goals[0], name: { fr: 'Connectivité' } }] }),
    ).not.toEqual([]);
    expect(
      errorsOf({ ...minimal, goals: [{ ...minimal.goals[0], name: { en: 'x', de: 'y' } }] }),
    ).not.toEqual([]);
    expect(errorsOf({ ...minimal, goals: [{ ...minimal.goals[0], sourceStatus: 'rumour' }] })).not.toEqual(
      [],
    );
  });

  it('refuses an unknown unit kind, a code with surrounding spaces and a KPI baseline period that is no quarter', () => {
    expect(errorsOf({ ...minimal, units: [{ code: 'X', kind: 'ministry', name: { en: 'X' } }] })).not.toEqual(
      [],
    );
    expect(errorsOf({ ...minimal, goals: [{ ...minimal.goals[0], code: ' G1' }] })).not.toEqual([]);
    const kpi = { ...minimal.kpis[0], baseline: { value: 1, period: '2027-Q5' } };
    expect(errorsOf({ ...minimal, kpis: [kpi] })).not.toEqual([]);
  });
});
