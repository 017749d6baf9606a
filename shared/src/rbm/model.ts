// The inputs and outputs of the calculation module: a KPI, a plan, and one KPI's assessment in one period.

import type { Aggregation, Direction, Frequency, KpiUnit, Status } from '../domain.ts';

export interface RbmKpi {
  id: string | number;
  direction: Direction;
  aggregation: Aggregation;
  frequency: Frequency;
  unit: KpiUnit;
  /** The value before the plan (`period` is `YYYY` or `YYYY-Qn`); null when the KPI has none. */
  baseline: { value: number; period: string } | null;
  /** The value planned for the end of each year; the last plan year's is the end target. */
  annualTargets: ReadonlyArray<{ year: number; value: number }>;
  /** For `maintain`: the accepted distance from the target, as a share of it (default 0.05). */
  tolerance?: number;
  /** Weight in roll-ups (default 1). */
  weight?: number;
}

/** The ratio thresholds of the statuses; expected to satisfy 0 <= atRisk <= onTrack <= 1. */
export interface Thresholds {
  onTrack: number;
  atRisk: number;
}

export const DEFAULT_THRESHOLDS: Readonly<Thresholds> = Object.freeze({ onTrack: 0.9, atRisk: 0.6 });

export const DEFAULT_TOLERANCE = 0.05;
export const DEFAULT_REPORTING_DEADLINE_DAYS = 15;

export interface RbmPlan {
  startYear: number;
  endYear: number;
  thresholds?: Thresholds;
  /** Days after a quarter's last day by which its values are due (default 15). */
  reportingDeadlineDays?: number;
}

/** One KPI in one period (`YYYY-Qn` or `YYYY`). Numbers are finite or null, never NaN or Infinity. */
export interface KpiAssessment {
  period: string;
  actual: number | null;
  expected: number | null;
  progress: number | null;
  expectedProgress: number | null;
  ratio: number | null;
  status: Status;
  /** A value was due for this period (the status is anything but `not_due`). */
  due: boolean;
}
