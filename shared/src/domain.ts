// The plan's vocabulary: the closed sets of words every layer (database, API, maths, screens) shares.

export const LANGUAGES = ['en', 'fr', 'es', 'ar', 'ru', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'en';

export const DIRECTIONS = ['increase', 'decrease', 'maintain'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** How a KPI's quarters make a year (rbm-method.md, "KPI fields that drive the maths"). */
export const AGGREGATIONS = ['sum', 'last', 'mean'] as const;
export type Aggregation = (typeof AGGREGATIONS)[number];

export const FREQUENCIES = ['quarterly', 'annual'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

/**
 * The unit decides which values are acceptable: `percent` within 0..100, `count` a non-negative
 * integer, `days`, `currency` and `number` any finite number (days and currency not negative).
 */
export const KPI_UNITS = ['percent', 'count', 'days', 'currency', 'ratio', 'number'] as const;
export type KpiUnit = (typeof KPI_UNITS)[number];

export const STATUSES = ['achieved', 'on_track', 'at_risk', 'off_track', 'no_data', 'not_due'] as const;
export type Status = (typeof STATUSES)[number];

/** Life of one KPI value. A returned value goes back to `draft` and carries the reviewer's comment. */
export const VALUE_STATES = ['draft', 'submitted', 'approved'] as const;
export type ValueState = (typeof VALUE_STATES)[number];

/** Life of a thematic priority's quarter (rbm-method.md, "Reporting calendar"). */
export const REVIEW_STATUSES = ['open', 'submitted', 'approved', 'returned'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const PLAN_STATUSES = ['draft', 'active', 'closed'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/**
 * Where a piece of framework content comes from. Anything but `verified` is shown with a marker so
 * nobody mistakes representative content for the official text.
 * - verified: appears in the cited official source
 * - unverified: believed but not found in a source
 * - proxy: a real ITU/UN figure used in place of the official plan target
 * - representative: invented in the plan's style to stand in for text we could not obtain
 * - demo: generated demonstration data (KPIs and their values)
 */
export const SOURCE_STATUSES = ['verified', 'unverified', 'proxy', 'representative', 'demo'] as const;
export type SourceStatus = (typeof SOURCE_STATUSES)[number];

export const ROLES = ['admin', 'planner', 'reviewer', 'viewer'] as const;
export type Role = (typeof ROLES)[number];
