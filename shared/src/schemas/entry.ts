// The planners' entry grid of one thematic priority's quarter, and the list of what is still due. The grid
// carries each KPI's definition (what the calculation module needs) so the client computes the live status
// as the planner types, with the same functions the server uses.
import { Type, type Static } from 'typebox';
import { AGGREGATIONS, DIRECTIONS, FREQUENCIES, KPI_UNITS } from '../domain.ts';
import { LanguageSchema, LocalizedTextSchema, Nullable, StringEnum } from './common.ts';
import { ValueStateSchema } from './figures.ts';
import { ReviewStatusSchema } from './reviews.ts';

const codePattern = '^[A-Za-z0-9._-]{1,40}$';

export const DueWorkQuerySchema = Type.Object({
  plan: Type.Optional(
    Type.String({ pattern: codePattern, description: 'Plan code; the active plan when omitted' }),
  ),
  lang: Type.Optional(LanguageSchema),
});
export type DueWorkQuery = Static<typeof DueWorkQuerySchema>;

/** The plan as the calculation module needs it (RbmPlan), with its code. */
export const EntryPlanSchema = Type.Object({
  code: Type.String(),
  startYear: Type.Integer(),
  endYear: Type.Integer(),
  thresholds: Type.Object({ onTrack: Type.Number(), atRisk: Type.Number() }),
  reportingDeadlineDays: Type.Integer(),
});
export type EntryPlan = Static<typeof EntryPlanSchema>;

/** One stored value of the quarter (the KPI as a whole, or one region). */
export const EntryValueSchema = Type.Object({
  valueId: Type.Integer(),
  value: Nullable(Type.Number()),
  noDataReason: Nullable(Type.String()),
  note: Nullable(Type.String()),
  evidenceUrl: Nullable(Type.String()),
  state: ValueStateSchema,
  version: Type.Integer({ description: 'Send it back with PUT /api/kpis/:id/values/:period' }),
  returnComment: Nullable(Type.String({ description: "The reviewer's comment when it was returned" })),
});
export type EntryValue = Static<typeof EntryValueSchema>;

export const EntryRegionValueSchema = Type.Object({
  region: Type.String({ description: 'Region code' }),
  value: Nullable(EntryValueSchema),
});

const PeriodValue = Type.Object({ period: Type.String(), value: Type.Number() });

export const EntryKpiSchema = Type.Object({
  id: Type.Integer(),
  code: Type.String(),
  name: LocalizedTextSchema,
  unit: StringEnum(KPI_UNITS, 'Unit'),
  direction: StringEnum(DIRECTIONS, 'Direction'),
  aggregation: StringEnum(AGGREGATIONS, 'How quarters make a year'),
  frequency: StringEnum(FREQUENCIES, 'Reporting frequency'),
  tolerance: Type.Number(),
  byRegion: Type.Boolean(),
  baseline: Nullable(PeriodValue),
  annualTargets: Type.Array(Type.Object({ year: Type.Integer(), value: Type.Number() })),
  yearTarget: Nullable(Type.Number({ description: "This year's target" })),
  expected: Nullable(Type.Number({ description: 'The value expected at the end of the quarter' })),
  lastQuarter: Nullable(
    Type.Object({ period: Type.String(), value: Nullable(Type.Number()) }, { description: 'Any state' }),
  ),
  due: Type.Boolean({ description: 'The KPI owes a value for the quarter' }),
  actuals: Type.Array(PeriodValue, {
    description: 'Whole-KPI values of the other quarters (any state), for the live status',
  }),
  total: Nullable(EntryValueSchema),
  regional: Type.Array(EntryRegionValueSchema, { description: 'One per region when byRegion, else empty' }),
});
export type EntryKpi = Static<typeof EntryKpiSchema>;

export const EntryOutcomeSchema = Type.Object({
  code: Nullable(Type.String({ description: 'null for KPIs linked to no outcome of the priority' })),
  name: Nullable(LocalizedTextSchema),
  kpis: Type.Array(EntryKpiSchema),
});
export type EntryOutcome = Static<typeof EntryOutcomeSchema>;

export const ENTRY_LOCKS = ['approved', 'submitted', 'read_only'] as const;
export type EntryLock = (typeof ENTRY_LOCKS)[number];

export const EntrySheetSchema = Type.Object({
  plan: EntryPlanSchema,
  priority: Type.Object({ code: Type.String(), name: LocalizedTextSchema }),
  sector: Type.Object({ code: Type.String(), name: LocalizedTextSchema }),
  period: Type.String(),
  asOf: Type.String({ description: "The server's clock: the live status is judged at this time" }),
  review: Type.Object({
    status: ReviewStatusSchema,
    version: Type.Integer(),
    dueDate: Type.String(),
    comment: Nullable(Type.String()),
  }),
  editable: Type.Boolean({ description: 'This user may change values of this quarter now' }),
  lock: Nullable(StringEnum(ENTRY_LOCKS, 'Why the quarter cannot be edited')),
  regions: Type.Array(Type.Object({ code: Type.String(), name: LocalizedTextSchema })),
  outcomes: Type.Array(EntryOutcomeSchema),
});
export type EntrySheet = Static<typeof EntrySheetSchema>;

export const DueWorkItemSchema = Type.Object({
  priority: Type.Object({ code: Type.String(), name: LocalizedTextSchema }),
  sector: Type.Object({ code: Type.String(), name: LocalizedTextSchema }),
  period: Type.String(),
  dueDate: Type.String(),
  overdue: Type.Boolean({ description: 'The due day is over' }),
  status: ReviewStatusSchema,
  submittedAt: Nullable(
    Type.String({ description: 'The last submission (a returned quarter was submitted)' }),
  ),
  submittableFrom: Type.String({ description: 'The day the quarter ends and can be submitted (YYYY-MM-DD)' }),
  counts: Type.Object({
    due: Type.Integer(),
    reported: Type.Integer(),
    missing: Type.Integer({ description: 'Due KPIs with neither a value nor a "no data" reason' }),
    returned: Type.Integer({ description: 'Values the reviewer sent back with a comment' }),
  }),
});
export type DueWorkItem = Static<typeof DueWorkItemSchema>;

export const DueWorkSchema = Type.Object({
  plan: Type.String(),
  asOf: Type.String(),
  items: Type.Array(DueWorkItemSchema),
});
export type DueWork = Static<typeof DueWorkSchema>;
