// Entry rules (set per plan by an administrator): hard limits a value must meet, soft warnings a value
// raises, and what a quarter needs before it is submitted. Pure: the server refuses a submission with
// `missingForSubmission`, and the grid, the submit panel and the reviewer's page show the same findings.
import type { KpiUnit, Status } from '../domain.ts';
import type { ValueLimits } from './values.ts';

export const NARRATIVES = ['achievements', 'challenges', 'improvements'] as const;
export type Narrative = (typeof NARRATIVES)[number];

/** The KPIs that need a note: rated at risk, off track, or reported with no data. */
export const NOTE_TRIGGERS = ['at_risk', 'off_track', 'no_data'] as const;
export type NoteTrigger = (typeof NOTE_TRIGGERS)[number];

export const WARNING_CODES = [
  'change_beyond_share',
  'beyond_target_multiple',
  'regions_do_not_add_up',
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

export const MISSING_CODES = ['narrative_required', 'note_required', 'warning_not_explained'] as const;
export type MissingCode = (typeof MISSING_CODES)[number];

/** Value rules as set (a plan's defaults or a KPI's override): null where not set. */
export interface ValueRuleSettings {
  min: number | null;
  max: number | null;
  integer: boolean | null;
  /** Warn when a value changes by more than this share of the previous quarter's (0.5 = 50 %). */
  maxChangeShare: number | null;
  /** Warn when a value exceeds this multiple of the year's target. */
  maxTargetMultiple: number | null;
  /** Warn when the regions of an additive KPI do not add up to its total. */
  regionsAddUp: boolean | null;
}

/** The rules that apply to one KPI: its override where set, else the plan's default. */
export interface ValueRules {
  min: number | null;
  max: number | null;
  integer: boolean;
  maxChangeShare: number | null;
  maxTargetMultiple: number | null;
  regionsAddUp: boolean;
}

export interface CompletenessRules {
  requiredNarratives: readonly Narrative[];
  noteRequiredFor: readonly NoteTrigger[];
}

export const NO_VALUE_RULES: ValueRuleSettings = {
  min: null,
  max: null,
  integer: null,
  maxChangeShare: null,
  maxTargetMultiple: null,
  regionsAddUp: null,
};

export function effectiveValueRules(
  defaults: ValueRuleSettings,
  override: ValueRuleSettings | null | undefined,
): ValueRules {
  return {
    min: override?.min ?? defaults.min,
    max: override?.max ?? defaults.max,
    integer: override?.integer ?? defaults.integer ?? false,
    maxChangeShare: override?.maxChangeShare ?? defaults.maxChangeShare,
    maxTargetMultiple: override?.maxTargetMultiple ?? defaults.maxTargetMultiple,
    regionsAddUp: override?.regionsAddUp ?? defaults.regionsAddUp ?? false,
  };
}

export const limitsOf = (rules: ValueRules): ValueLimits => ({
  min: rules.min,
  max: rules.max,
  integer: rules.integer,
});

/** Units whose regional values add up to the KPI's total. */
export const ADDITIVE_UNITS: readonly KpiUnit[] = ['count', 'currency'];

/** One KPI of a quarter as the rules see it (the entry sheet's KPI, with the values typed or stored). */
export interface RuleKpi {
  code: string;
  unit: KpiUnit;
  due: boolean;
  yearTarget: number | null;
  lastQuarter: { value: number | null } | null;
  total: { value: number | null; noDataReason: string | null; note: string | null } | null;
  regional: ReadonlyArray<{ region: string; value: number | null }>;
  /** The KPI's status this quarter with these values (drafts included). */
  status: Status | null;
  rules: ValueRules;
}

export interface ValueWarning {
  kpiCode: string;
  code: WarningCode;
  /** The value warned about (the regions' sum for `regions_do_not_add_up`). */
  value: number;
  /** What it is compared with: the previous quarter, the year's target, the total. */
  reference: number;
}

/** The soft warnings a KPI's values raise under its rules. */
export function valueWarnings(kpi: RuleKpi): ValueWarning[] {
  const warnings: ValueWarning[] = [];
  const value = kpi.total?.value ?? null;
  const { rules } = kpi;
  const previous = kpi.lastQuarter?.value ?? null;
  if (value !== null && previous !== null && previous !== 0 && rules.maxChangeShare !== null) {
    if (Math.abs(value - previous) / Math.abs(previous) > rules.maxChangeShare + 1e-12) {
      warnings.push({ kpiCode: kpi.code, code: 'change_beyond_share', value, reference: previous });
    }
  }
  const target = kpi.yearTarget;
  if (value !== null && target !== null && target > 0 && rules.maxTargetMultiple !== null) {
    if (value > target * rules.maxTargetMultiple) {
      warnings.push({ kpiCode: kpi.code, code: 'beyond_target_multiple', value, reference: target });
    }
  }
  const regional = kpi.regional.flatMap((r) => (r.value === null ? [] : [r.value]));
  if (value !== null && rules.regionsAddUp && ADDITIVE_UNITS.includes(kpi.unit) && regional.length > 0) {
    const sum = regional.reduce((a, b) => a + b, 0);
    const complete = regional.length === kpi.regional.length;
    const off = Math.abs(sum - value) > 1e-9 * Math.max(1, Math.abs(value));
    // Regions still being entered may sum below the total; never above it.
    if (off && (complete || sum > value)) {
      warnings.push({ kpiCode: kpi.code, code: 'regions_do_not_add_up', value: sum, reference: value });
    }
  }
  return warnings;
}

export interface MissingItem {
  code: MissingCode;
  narrative?: Narrative;
  kpiCode?: string;
  /** Why a note is needed: the KPI's status or no data, or the warning to explain. */
  reason?: NoteTrigger | WarningCode;
}

const hasText = (text: string | null | undefined) => (text?.trim() ?? '') !== '';

/**
 * What a quarter still needs before it is submitted: each required narrative that is empty; a note on
 * each due KPI that is at risk, off track or reported with no data (as the rules ask); and a note on
 * each KPI with a warning (a warning is fixed, or explained by the note).
 */
export function missingForSubmission(
  rules: CompletenessRules,
  narrative: Readonly<Record<Narrative, string | null>>,
  kpis: readonly RuleKpi[],
): MissingItem[] {
  const missing: MissingItem[] = rules.requiredNarratives
    .filter((field) => !hasText(narrative[field]))
    .map((field) => ({ code: 'narrative_required', narrative: field }));
  for (const kpi of kpis) {
    if (!kpi.due || hasText(kpi.total?.note)) continue;
    const noData = kpi.total !== null && kpi.total.value === null && hasText(kpi.total.noDataReason);
    const trigger: NoteTrigger | null = noData
      ? 'no_data'
      : kpi.status === 'at_risk' || kpi.status === 'off_track'
        ? kpi.status
        : null;
    if (trigger !== null && rules.noteRequiredFor.includes(trigger)) {
      missing.push({ code: 'note_required', kpiCode: kpi.code, reason: trigger });
      continue;
    }
    const warning = valueWarnings(kpi)[0];
    if (warning) missing.push({ code: 'warning_not_explained', kpiCode: kpi.code, reason: warning.code });
  }
  return missing;
}
