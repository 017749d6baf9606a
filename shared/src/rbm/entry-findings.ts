// A priority's quarter under the entry rules, from the entry sheet's KPIs (stored or as being typed):
// what is missing before it is submitted, and the warnings its values raise. The server refuses a
// submission and answers the reviewer with it; the grid and the submit panel show the same list live.
import type { Aggregation, Direction, Frequency, KpiUnit } from '../domain.ts';
import {
  effectiveValueRules,
  missingForSubmission,
  valueWarnings,
  type CompletenessRules,
  type MissingItem,
  type Narrative,
  type RuleKpi,
  type ValueRuleSettings,
  type ValueWarning,
} from './entry-rules.ts';
import type { RbmPlan } from './model.ts';
import { assessKpi } from './status.ts';

interface SheetRecord {
  value: number | null;
  noDataReason: string | null;
  note: string | null;
}

/** The parts of an entry sheet KPI (shared/src/schemas/entry.ts) the rules read. */
export interface SheetKpi {
  id: number;
  code: string;
  unit: KpiUnit;
  direction: Direction;
  aggregation: Aggregation;
  frequency: Frequency;
  tolerance: number;
  baseline: { period: string; value: number } | null;
  annualTargets: ReadonlyArray<{ year: number; value: number }>;
  yearTarget: number | null;
  lastQuarter: { value: number | null } | null;
  due: boolean;
  actuals: ReadonlyArray<{ period: string; value: number }>;
  total: SheetRecord | null;
  regional: ReadonlyArray<{ region: string; value: { value: number | null } | null }>;
}

export interface PlanRules {
  completeness: CompletenessRules;
  defaults: ValueRuleSettings;
  kpis: ReadonlyArray<{ kpiId: number; settings: ValueRuleSettings }>;
}

export interface SheetContext {
  plan: RbmPlan;
  period: string;
  asOf: string;
}

/** One KPI as the rules see it: its values and its status with them, and the rules that apply to it. */
export function ruleKpiOf(kpi: SheetKpi, rules: PlanRules, sheet: SheetContext): RuleKpi {
  const value = kpi.total?.value ?? null;
  const actuals = value === null ? kpi.actuals : [...kpi.actuals, { period: sheet.period, value }];
  const { status } = assessKpi(kpi, sheet.plan, actuals, sheet.period, new Date(sheet.asOf));
  const override = rules.kpis.find((k) => k.kpiId === kpi.id)?.settings;
  return {
    code: kpi.code,
    unit: kpi.unit,
    due: kpi.due,
    yearTarget: kpi.yearTarget,
    lastQuarter: kpi.lastQuarter,
    total: kpi.total,
    regional: kpi.regional.map((r) => ({ region: r.region, value: r.value?.value ?? null })),
    status,
    rules: effectiveValueRules(rules.defaults, override),
  };
}

export interface SheetFindings {
  missing: MissingItem[];
  warnings: ValueWarning[];
}

export function sheetFindings(
  kpis: readonly SheetKpi[],
  rules: PlanRules,
  narrative: Readonly<Record<Narrative, string | null>>,
  sheet: SheetContext,
): SheetFindings {
  const ruleKpis = kpis.map((kpi) => ruleKpiOf(kpi, rules, sheet));
  return {
    missing: missingForSubmission(rules.completeness, narrative, ruleKpis),
    warnings: ruleKpis.flatMap(valueWarnings),
  };
}
