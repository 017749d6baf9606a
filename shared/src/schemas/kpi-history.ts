// What a KPI's page tells besides its figures: the planners' notes on its values, the quarterly review
// narratives of its owning priority, and its history (value changes, review decisions, target revisions).
// By default (the Council's view) only approved values' notes, approved reviews, their decisions and
// target revisions: never a number that is not approved. include=unapproved (in scope) gives everything.
import { Type, type Static } from 'typebox';
import { Nullable } from './common.ts';
import { IncludeSchema, QuarterSchema, ValueStateSchema } from './figures.ts';
import { ReviewRatingSchema, ReviewStatusSchema } from './reviews.ts';

export const KpiHistoryQuerySchema = Type.Object(
  { include: Type.Optional(IncludeSchema) },
  { additionalProperties: false },
);

export const KpiNoteSchema = Type.Object({
  period: QuarterSchema,
  region: Nullable(Type.String({ description: 'Region code; null for the KPI as a whole' })),
  note: Type.String(),
  state: ValueStateSchema,
});
export type KpiNote = Static<typeof KpiNoteSchema>;

export const KpiNarrativeSchema = Type.Object({
  period: QuarterSchema,
  status: ReviewStatusSchema,
  rating: Nullable(ReviewRatingSchema),
  achievements: Nullable(Type.String()),
  challenges: Nullable(Type.String()),
  improvements: Nullable(Type.String()),
  comment: Nullable(Type.String({ description: "The reviewer's last comment, or the reason for reopening" })),
  decidedAt: Nullable(Type.String()),
  decidedBy: Nullable(Type.String()),
});
export type KpiNarrative = Static<typeof KpiNarrativeSchema>;

export const KPI_HISTORY_ENTITIES = ['kpi', 'kpi_annual_target', 'kpi_value', 'quarterly_review'] as const;

export const KpiHistoryEntrySchema = Type.Object({
  id: Type.Integer(),
  at: Type.String(),
  actor: Type.String(),
  action: Type.String(),
  entity: Type.Union(KPI_HISTORY_ENTITIES.map((e) => Type.Literal(e))),
  period: Nullable(Type.String({ description: 'The quarter (value, review) or year (target) concerned' })),
  region: Nullable(Type.String()),
  before: Type.Unknown(),
  after: Type.Unknown(),
  reason: Nullable(Type.String()),
});
export type KpiHistoryEntry = Static<typeof KpiHistoryEntrySchema>;

export const KpiHistorySchema = Type.Object({
  kpi: Type.Object({ id: Type.Integer(), code: Type.String(), priority: Type.String() }),
  values: IncludeSchema,
  notes: Type.Array(KpiNoteSchema, { description: 'Latest quarter first' }),
  narratives: Type.Array(KpiNarrativeSchema, { description: "The owning priority's reviews, latest first" }),
  entries: Type.Array(KpiHistoryEntrySchema, { description: 'Newest first, at most 200' }),
});
export type KpiHistory = Static<typeof KpiHistorySchema>;
