// Shapes of computed figures, shared by KPIs, dashboard, comparisons and reports.
import { Type, type Static } from 'typebox';
import { STATUSES, VALUE_STATES } from '../domain.ts';
import { Nullable, StatusSchema, StringEnum } from './common.ts';

const periodPattern = '^\\d{4}(-Q[1-4])?$';
const quarterPattern = '^\\d{4}-Q[1-4]$';

export const PeriodSchema = Type.String({
  pattern: periodPattern,
  description: 'A quarter (2025-Q3) or a year (2025)',
});
export const QuarterSchema = Type.String({ pattern: quarterPattern, description: 'A quarter, e.g. 2025-Q3' });

export const ValueStateSchema = StringEnum(VALUE_STATES, 'draft, submitted or approved');

export const StatusCountsSchema = Type.Object(
  Object.fromEntries(STATUSES.map((s) => [s, Type.Integer({ minimum: 0 })])) as {
    [K in (typeof STATUSES)[number]]: ReturnType<typeof Type.Integer>;
  },
);
export type StatusCounts = Static<typeof StatusCountsSchema>;

/** One KPI in one period, as rbm-method.md computes it. */
export const AssessmentSchema = Type.Object({
  period: Type.String(),
  actual: Nullable(Type.Number()),
  expected: Nullable(Type.Number()),
  progress: Nullable(Type.Number()),
  expectedProgress: Nullable(Type.Number()),
  ratio: Nullable(Type.Number()),
  status: StatusSchema,
  due: Type.Boolean(),
});

/** A group of KPIs (goal, Sector, priority, outcome, region...) scored as one. */
export const RollUpSchema = Type.Object({
  score: Nullable(Type.Number({ description: 'Weighted mean of min(r, 1); null when no KPI is rated' })),
  status: StatusSchema,
  counts: StatusCountsSchema,
  completeness: Nullable(Type.Number({ description: 'KPIs with an actual / KPIs due' })),
  timeliness: Nullable(Type.Number({ description: 'Values submitted by the due day / values due' })),
  kpiCount: Type.Integer({ description: 'Distinct KPIs the figure stands on' }),
  ratedCount: Type.Integer(),
  dueCount: Type.Integer(),
  reportedCount: Type.Integer(),
});
export type RollUpFigures = Static<typeof RollUpSchema>;

/** `include=unapproved` asks for draft and submitted values as well (for those allowed to see them). */
export const IncludeSchema = StringEnum(['approved', 'unapproved'] as const, 'Which values count');

/** Says which values a published figure counts, so nobody mistakes a draft for an approved number. */
export const FiguresBasisSchema = Type.Object({
  values: IncludeSchema,
  period: Type.String(),
  asOf: Type.String({ description: 'The last complete quarter when the figures were computed' }),
});
export type FiguresBasis = Static<typeof FiguresBasisSchema>;

export const PaginationQuerySchema = Type.Object({
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100000, default: 1 })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
});

export const pageOf = <T extends Parameters<typeof Type.Array>[0]>(item: T) =>
  Type.Object({
    items: Type.Array(item),
    total: Type.Integer(),
    page: Type.Integer(),
    pageSize: Type.Integer(),
  });
