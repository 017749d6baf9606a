import { describe, expect, it } from 'vitest';
import { NO_VALUE_RULES } from './entry-rules.ts';
import { sheetFindings, type PlanRules, type SheetKpi } from './entry-findings.ts';

const plan = {
  startYear: 2024,
  endYear: 2027,
  thresholds: { onTrack: 0.9, atRisk: 0.75 },
  reportingDeadlineDays: 15,
};
const sheet = { plan, period: '2026-Q3', asOf: '2026-11-23T09:00:00Z' };

const kpi = (over: Partial<SheetKpi>): SheetKpi => ({
  id: 1,
  code: 'K1',
  unit: 'count',
  direction: 'increase',
  aggregation: 'last',
  frequency: 'quarterly',
  tolerance: 0.05,
  baseline: { period: '2023', value: 0 },
  annualTargets: [2024, 2025, 2026, 2027].map((year) => ({ year, value: 48 })),
  yearTarget: 48,
  lastQuarter: { value: 40 },
  due: true,
  actuals: [{ period: '2026-Q2', value: 40 }],
  total: { value: 60, noDataReason: null, note: null },
  regional: [
    { region: 'AFR', value: { value: 30 } },
    { region: 'AMS', value: { value: 45 } },
    { region: 'ARB', value: null },
  ],
  ...over,
});

const rules: PlanRules = {
  completeness: { requiredNarratives: ['achievements'], noteRequiredFor: ['at_risk', 'off_track'] },
  defaults: { ...NO_VALUE_RULES, regionsAddUp: true },
  kpis: [{ kpiId: 2, settings: { ...NO_VALUE_RULES, maxChangeShare: 0.1 } }],
};

describe('sheetFindings', () => {
  it('applies the plan defaults and KPI overrides to the sheet, rating each KPI with its value', () => {
    const narrative = { achievements: null, challenges: null, improvements: null };
    const findings = sheetFindings(
      [
        kpi({}),
        kpi({ id: 2, code: 'K2', regional: [], total: { value: 30, noDataReason: null, note: null } }),
        kpi({ id: 3, code: 'K3', regional: [], total: { value: 2, noDataReason: null, note: null } }),
        kpi({ id: 4, code: 'K4', regional: [], total: null }),
      ],
      rules,
      narrative,
      sheet,
    );
    expect(findings.warnings).toEqual([
      { kpiCode: 'K1', code: 'regions_do_not_add_up', value: 75, reference: 60 },
      { kpiCode: 'K2', code: 'change_beyond_share', value: 30, reference: 40 },
    ]);
    expect(findings.missing).toEqual([
      { code: 'narrative_required', narrative: 'achievements' },
      { code: 'warning_not_explained', kpiCode: 'K1', reason: 'regions_do_not_add_up' },
      { code: 'note_required', kpiCode: 'K2', reason: 'off_track' },
      { code: 'note_required', kpiCode: 'K3', reason: 'off_track' },
    ]);
  });
});
