/**
 * The RBM calculation module: every figure the dashboard shows, computed one way, as rbm-method.md says.
 * Pure and typed: no I/O, no clock (the caller passes `now`), all dates UTC. Numbers that leave the module
 * are finite or null, never NaN or Infinity.
 *
 * Files, one concern each: periods (calendar arithmetic), values (year values, year-to-date, validation),
 * trajectory (expected values), rating (the formulas), numbers (float hygiene), status (one KPI per period,
 * and its series), rollup, forecast, calendar (due dates, timeliness, completeness), scope (regions, latest
 * period). For many periods of one KPI, `prepareKpi` once and `assessPrepared` per period (what `kpiSeries` does).
 *
 * Where rbm-method.md is silent or ambiguous, the choices made (each explained where it is implemented):
 * - Due: a quarter is due once complete at `now` (<= `lastCompleteQuarter(now)`), inside the plan, and the
 *   KPI is tracked in it; an annual KPI only in Q4; a year once its Q4 is due. Else `not_due`. (status.ts)
 * - Time: the baseline sits at the end of its period but never before the plan's start; targets at the end of
 *   their year; the trajectory is one piecewise-linear line through them, flat beyond its ends. (trajectory.ts)
 * - A KPI is tracked from the quarter after its baseline (or from its first target year without one),
 *   never before the plan; a KPI without any annual target is never due. (trajectory.ts)
 * - A missing quarter is `no_data`, also for `sum` KPIs (the year-to-date is not taken over a gap). (status.ts)
 * - `decrease` + `sum` uses `r = e / a` and is achieved only at year end; `maintain` + `sum` compares the
 *   year-to-date with `target[y] * q / 4`; `maintain` is never `achieved` and has no ratio. (status.ts)
 * - `t = b`: the no-baseline rule; `pe <= 0` and `p < 0`: `r = 0`; no-baseline `decrease` with `a <= 0`:
 *   no ratio, on track; no-baseline `increase` with `e <= 0`: `r = 1` if `a >= e` else 0. (rating.ts)
 * - Threshold, tolerance and target comparisons forgive a relative 1e-9 of float rounding, and sums or
 *   differences that cancel to rounding noise are exactly 0, so scaling every figure never flips a status.
 *   (numbers.ts)
 * - Roll-ups: duplicates by KPI id count once; rated KPIs without a ratio count 1 / 0.75 / 0.3; scores are
 *   not clamped below 0; all achieved gives `achieved`; nothing rated gives `no_data`, or `not_due` when
 *   nothing was due; bad weights count 1, all-zero weights give a plain mean. (rollup.ts)
 * - Forecast time is the decimal year at each quarter's end; the intercept is the value at the plan's
 *   start; the crossing year is the calendar year in which the line meets the end target. (forecast.ts)
 * - A `sum` KPI's forecast is of yearly totals: the line through its quarterly values summed over each year's
 *   quarters (an annual one: through its Q4 totals); the outlook's gap is forecast - target, negative when
 *   short whatever the direction, and its likely year the crossing year. (outlook.ts)
 * - A published statistic's forecast puts each value at its calendar year; its pace is reached / on_course /
 *   later / away against the target's deadline. (statistic-forecast.ts)
 * - Due dates are UTC days; a value is on time when submitted on or before the due day. Timeliness counts
 *   only quarters whose due day is over. (periods.ts, calendar.ts)
 */

export {
  addQuarters,
  compareQuarters,
  daysLate,
  formatPeriod,
  isOnTime,
  isQuarterPeriod,
  isYearPeriod,
  lastCompleteQuarter,
  lastCompleteQuarterIndex,
  parsePeriod,
  planQuarters,
  planYears,
  quarterDueDate,
  quarterEndDate,
  quarterIndexOf,
  quarterSubmittableFrom,
  type Period,
  type PlanYears,
  type Quarter,
} from './periods.ts';
export {
  DEFAULT_REPORTING_DEADLINE_DAYS,
  DEFAULT_THRESHOLDS,
  DEFAULT_TOLERANCE,
  type KpiAssessment,
  type RbmKpi,
  type RbmPlan,
  type Thresholds,
} from './model.ts';
export {
  PERIOD_ERROR_CODES,
  NO_DATA_REASON_MAX_LENGTH,
  VALUE_ERROR_CODES,
  checkValueEntry,
  indexActuals,
  validateKpiValue,
  valueStateLabel,
  validateDraftPeriod,
  validateValuePeriod,
  yearToDate,
  yearValue,
  type ActualValue,
  type Actuals,
  type PeriodErrorCode,
  type QuarterValues,
  type ValueEntryErrorCode,
  type ValueStateLabel,
  type ValueErrorCode,
  type ValueLimits,
  SIGNIFICANT_DIGITS,
  keepsAllDigits,
} from './values.ts';
export { annualTarget, endTarget, expectedValue, kpiStartQuarter } from './trajectory.ts';
export {
  expectedProgressOf,
  levelRatio,
  maintainStatus,
  performanceRatio,
  progressOf,
  progressStatus,
  rateProgress,
  statusFromRatio,
  type ProgressInput,
  type ProgressRating,
  type RatedStatus,
} from './rating.ts';
export {
  assessKpi,
  assessPrepared,
  kpiSeries,
  prepareKpi,
  withActuals,
  withValues,
  type KpiSeries,
  type PreparedKpi,
} from './status.ts';
export { kpiScore, rollUp, rollUpBy, STATUS_SCORES, type RollUp, type RollUpItem } from './rollup.ts';
export { DEFAULT_HORIZON_YEAR, forecastKpi, type ForecastOptions, type KpiForecast } from './forecast.ts';
export {
  forecastStatistic,
  type StatisticForecast,
  type StatisticPace,
  type StatisticPoint,
  type StatisticTarget,
} from './statistic-forecast.ts';
export {
  isValueDue,
  reportingCalendar,
  reportingDueDate,
  type QuarterReporting,
  type ReportedValue,
  type ReportingSummary,
} from './calendar.ts';
export { isRegionallyComparable, latestDuePeriod } from './scope.ts';
export { SCORE_BANDS, scoreBand, type ScoreBand } from './band.ts';
export { officeColor, STATUS_COLORS, STATUS_ORDER, STATUS_SYMBOLS, STATUS_TINTS } from './status-style.ts';
export { competitionRanks, displayedShare, MIN_KPIS_TO_RANK, type RankInput } from './ranking.ts';
export {
  forecastAnyKpi,
  forecastSumKpi,
  kpiOutlook,
  type KpiOutlook,
  type OutlookVerdict,
} from './outlook.ts';
export {
  ADDITIVE_UNITS,
  MISSING_CODES,
  NARRATIVES,
  NOTE_TRIGGERS,
  NO_VALUE_RULES,
  WARNING_CODES,
  effectiveValueRules,
  limitsOf,
  missingForSubmission,
  valueWarnings,
  type CompletenessRules,
  type MissingCode,
  type MissingItem,
  type Narrative,
  type NoteTrigger,
  type RuleKpi,
  type ValueRuleSettings,
  type ValueRules,
  type ValueWarning,
  type WarningCode,
} from './entry-rules.ts';
export {
  ruleKpiOf,
  sheetFindings,
  type PlanRules,
  type SheetContext,
  type SheetFindings,
  type SheetKpi,
} from './entry-findings.ts';
export {
  ASSESSMENT_STATES,
  DEFAULT_RISK_APPETITE,
  IMPACT_NAMES,
  LIKELIHOOD_NAMES,
  MITIGATION_STATUSES,
  RISK_CATEGORIES,
  RISK_LEVELS,
  RISK_TREATMENTS,
  DEMO_RISK_PREFIX,
  heatMapCells,
  isDemoRisk,
  isActionOverdue,
  rankRisks,
  riskScore,
  withinAppetite,
  type AssessmentState,
  type HeatMapCell,
  type MitigationStatus,
  type RiskCategory,
  type RiskLevel,
  type RiskRating,
  type RiskTreatment,
} from './risk.ts';
export {
  ACCEPTANCES,
  ADDRESSEES,
  IMPLEMENTATIONS,
  OVERSIGHT_BODIES,
  RECOMMENDATION_PRIORITIES,
  RECOMMENDATION_STATES,
  isOpen,
  isOpenOverTwoYears,
  isOverdue,
  ratesBy,
  recommendationRates,
  type Acceptance,
  type Implementation,
  type OversightBody,
  type RecommendationFacts,
  type RecommendationRates,
} from './recommendation.ts';
export {
  COMMITMENT_HORIZONS,
  COMMITMENT_PILLARS,
  COMMITMENT_REACHES,
  COMMITMENT_SOURCES,
  COMMITMENT_STATES,
  COMMITMENT_STATUSES,
  commitmentStatusCounts,
  isCommitmentOpen,
  isCommitmentOverdue,
  quarterOfDay,
  type CommitmentSource,
  type CommitmentStatus,
} from './commitment.ts';
export {
  MOU_EXPIRY_WARNING_DAYS,
  MOU_STATES,
  MOU_STATUSES,
  MOU_TYPES,
  mouExpiry,
  type MouExpiry,
  type MouStatus,
} from './mou.ts';
