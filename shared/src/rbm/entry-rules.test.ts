import { describe, expect, it } from 'vitest';
import {
  NO_VALUE_RULES,
  effectiveValueRules,
  limitsOf,
  missingForSubmission,
  valueWarnings,
  type RuleKpi,
  type ValueRules,
} from './entry-rules.ts';

const rules = (over: Partial<ValueRules> = {}): ValueRules => ({
  ...effectiveValueRules(NO_VALUE_RULES, null),
  ...over,
});

const kpi = (over: Partial<RuleKpi> = {}): RuleKpi => ({
  code: 'K1',
  unit: 'count',
  due: true,
  yearTarget: 48,
  lastQuarter: { value: 10 },
  total: { value: 12, noDataReason: null, note: null },
  regional: [],
  status: 'on_track',
  rules: rules(),
  ...over,
});

describe('effectiveValueRules', () => {
  it("takes the KPI's override where set, else the plan's default", () => {
    const defaults = { ...NO_VALUE_RULES, max: 100, maxChangeShare: 0.5, regionsAddUp: true };
    expect(effectiveValueRules(defaults, { ...NO_VALUE_RULES, max: 60, integer: true })).toEqual({
      min: null,
      max: 60,
      integer: true,
      maxChangeShare: 0.5,
      maxTargetMultiple: null,
      regionsAddUp: true,
    });
    expect(effectiveValueRules(defaults, undefined).integer).toBe(false);
    expect(limitsOf(effectiveValueRules(defaults, null))).toEqual({ min: null, max: 100, integer: false });
  });
});

describe('valueWarnings', () => {
  it('warns of a change beyond the share of the previous quarter, either way', () => {
    const r = rules({ maxChangeShare: 0.5 });
    expect(valueWarnings(kpi({ rules: r, total: { value: 15, noDataReason: null, note: null } }))).toEqual(
      [],
    );
    expect(valueWarnings(kpi({ rules: r, total: { value: 16, noDataReason: null, note: null } }))).toEqual([
      { kpiCode: 'K1', code: 'change_beyond_share', value: 16, reference: 10 },
    ]);
    expect(
      valueWarnings(kpi({ rules: r, total: { value: 4, noDataReason: null, note: null } })),
    ).toHaveLength(1);
    // no previous quarter, a previous zero, or no value: nothing to compare
    expect(valueWarnings(kpi({ rules: r, lastQuarter: null }))).toEqual([]);
    expect(valueWarnings(kpi({ rules: r, lastQuarter: { value: null } }))).toEqual([]);
    expect(valueWarnings(kpi({ rules: r, lastQuarter: { value: 0 } }))).toEqual([]);
    expect(valueWarnings(kpi({ rules: r, total: null }))).toEqual([]);
  });

  it('warns of a value beyond a multiple of the target', () => {
    const r = rules({ maxTargetMultiple: 2 });
    expect(valueWarnings(kpi({ rules: r, total: { value: 96, noDataReason: null, note: null } }))).toEqual(
      [],
    );
    expect(valueWarnings(kpi({ rules: r, total: { value: 97, noDataReason: null, note: null } }))).toEqual([
      { kpiCode: 'K1', code: 'beyond_target_multiple', value: 97, reference: 48 },
    ]);
    expect(
      valueWarnings(
        kpi({ rules: r, yearTarget: null, total: { value: 970, noDataReason: null, note: null } }),
      ),
    ).toEqual([]);
    expect(
      valueWarnings(kpi({ rules: r, yearTarget: 0, total: { value: 970, noDataReason: null, note: null } })),
    ).toEqual([]);
  });

  it('warns when the regions of an additive KPI do not add up to the total', () => {
    const r = rules({ regionsAddUp: true });
    const total = { value: 60, noDataReason: null, note: null };
    const regions = (values: Array<number | null>) => values.map((value, i) => ({ region: `R${i}`, value }));
    expect(valueWarnings(kpi({ rules: r, total, regional: regions([30, 45]) }))).toEqual([
      { kpiCode: 'K1', code: 'regions_do_not_add_up', value: 75, reference: 60 },
    ]);
    expect(valueWarnings(kpi({ rules: r, total, regional: regions([30, 30]) }))).toEqual([]);
    // regions still being entered: below the total is fine, above it is not
    expect(valueWarnings(kpi({ rules: r, total, regional: regions([30, null]) }))).toEqual([]);
    expect(valueWarnings(kpi({ rules: r, total, regional: regions([70, null]) }))).toHaveLength(1);
    expect(valueWarnings(kpi({ rules: r, total, regional: regions([null, null]) }))).toEqual([]);
    // a percentage is not additive; the rule off
    expect(valueWarnings(kpi({ rules: r, unit: 'percent', total, regional: regions([30, 45]) }))).toEqual([]);
    expect(valueWarnings(kpi({ total, regional: regions([30, 45]) }))).toEqual([]);
  });
});

describe('missingForSubmission', () => {
  const none = { achievements: null, challenges: '  ', improvements: 'Done' };

  it('lists each required narrative that is empty', () => {
    expect(
      missingForSubmission(
        { requiredNarratives: ['achievements', 'challenges', 'improvements'], noteRequiredFor: [] },
        none,
        [],
      ),
    ).toEqual([
      { code: 'narrative_required', narrative: 'achievements' },
      { code: 'narrative_required', narrative: 'challenges' },
    ]);
  });

  it('asks a note of at-risk, off-track and no-data KPIs as the rules say, and of every warning', () => {
    const all = { requiredNarratives: [], noteRequiredFor: ['at_risk', 'off_track', 'no_data'] } as const;
    const noData = { value: null, noDataReason: 'Survey late', note: null };
    const kpis = [
      kpi({ code: 'A', status: 'at_risk' }),
      kpi({ code: 'B', status: 'off_track' }),
      kpi({ code: 'C', status: 'no_data', total: noData }),
      kpi({ code: 'D', status: 'at_risk', total: { value: 1, noDataReason: null, note: 'Explained' } }),
      kpi({ code: 'E', status: 'off_track', due: false }),
      kpi({ code: 'F', rules: rules({ maxChangeShare: 0.1 }) }),
      kpi({ code: 'G', status: 'on_track', total: null }),
    ];
    expect(missingForSubmission(all, none, kpis)).toEqual([
      { code: 'note_required', kpiCode: 'A', reason: 'at_risk' },
      { code: 'note_required', kpiCode: 'B', reason: 'off_track' },
      { code: 'note_required', kpiCode: 'C', reason: 'no_data' },
      { code: 'warning_not_explained', kpiCode: 'F', reason: 'change_beyond_share' },
    ]);
    // without the note rule an at-risk KPI needs nothing
    expect(
      missingForSubmission({ requiredNarratives: [], noteRequiredFor: [] }, none, kpis.slice(0, 3)),
    ).toEqual([]);
  });
});
