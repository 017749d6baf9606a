// The quarterly review of a thematic priority (rbm-method.md, "Reporting calendar"): the planner submits
// the quarter's values with a narrative, a reviewer approves them (values locked) or returns them with a
// comment, and an approved quarter is reopened only with a reason.
import { Type, type Static } from 'typebox';
import { REVIEW_STATUSES } from '../domain.ts';
import { LanguageSchema, LocalizedTextSchema, Nullable, StatusSchema, StringEnum } from './common.ts';
import { PaginationQuerySchema, QuarterSchema, ValueStateSchema, pageOf } from './figures.ts';

/** The planners' own judgement of the quarter, next to the computed figures. */
export const REVIEW_RATINGS = ['satisfactory', 'partially_satisfactory', 'unsatisfactory'] as const;
export type ReviewRating = (typeof REVIEW_RATINGS)[number];

export const ReviewStatusSchema = StringEnum(REVIEW_STATUSES, 'open, submitted, approved or returned');
export const ReviewRatingSchema = StringEnum(REVIEW_RATINGS, "The planners' rating of the quarter");

const codePattern = '^[A-Za-z0-9._-]{1,40}$';
const NarrativeText = Type.String({ maxLength: 4000 });
const CommentText = Type.String({ maxLength: 4000 });

export const ReviewParamsSchema = Type.Object({
  priority: Type.String({ pattern: codePattern, description: 'Thematic priority code, e.g. KAP-1' }),
  period: QuarterSchema,
});
export type ReviewParams = Static<typeof ReviewParamsSchema>;

export const ReviewQuerySchema = Type.Object({
  plan: Type.Optional(
    Type.String({
      pattern: codePattern,
      description: 'Plan code; when omitted, the plan that has the priority and whose years hold the period',
    }),
  ),
  lang: Type.Optional(LanguageSchema),
});
export type ReviewQuery = Static<typeof ReviewQuerySchema>;

export const ReviewListQuerySchema = Type.Object({
  plan: Type.Optional(
    Type.String({ pattern: codePattern, description: 'Plan code; the active plan when omitted' }),
  ),
  period: Type.Optional(QuarterSchema),
  priority: Type.Optional(Type.String({ pattern: codePattern, description: 'Thematic priority code' })),
  status: Type.Optional(Type.Array(ReviewStatusSchema, { description: 'Review status, repeatable' })),
  lang: Type.Optional(LanguageSchema),
  ...PaginationQuerySchema.properties,
});
export type ReviewListQuery = Static<typeof ReviewListQuerySchema>;

export const ReviewKpiCountsSchema = Type.Object({
  due: Type.Integer({ description: "The priority's own KPIs that owe a value for the quarter" }),
  reported: Type.Integer({ description: 'Due KPIs with a value or a "no data" declaration (any state)' }),
  missing: Type.Integer({ description: 'Due KPIs with neither' }),
  approved: Type.Integer({ description: 'Due KPIs whose value is approved (and locked)' }),
  returned: Type.Integer({
    description: 'Due KPIs sent back to the planner while the quarter is returned; the others stay approved',
  }),
});

export const ReviewSummarySchema = Type.Object({
  plan: Type.String(),
  priority: Type.Object({ code: Type.String(), name: LocalizedTextSchema }),
  sector: Type.Object({ code: Type.String(), name: LocalizedTextSchema }),
  period: Type.String(),
  status: ReviewStatusSchema,
  dueDate: Type.String({ description: "The day the quarter's values are due (YYYY-MM-DD, UTC)" }),
  kpiCounts: ReviewKpiCountsSchema,
  submittedAt: Nullable(Type.String()),
  submittedBy: Nullable(Type.String({ description: 'Username; null for the system or before submission' })),
  decidedAt: Nullable(Type.String({ description: 'When it was last approved, returned or reopened' })),
  decidedBy: Nullable(Type.String()),
  version: Type.Integer({ description: 'Raised by every change; 0 while the review has no record yet' }),
});
export type ReviewSummary = Static<typeof ReviewSummarySchema>;

export const ReviewListSchema = pageOf(ReviewSummarySchema);
export type ReviewList = Static<typeof ReviewListSchema>;

export const ReviewNarrativeSchema = Type.Object({
  rating: Nullable(ReviewRatingSchema),
  achievements: Nullable(Type.String()),
  challenges: Nullable(Type.String()),
  improvements: Nullable(Type.String()),
});

/** One KPI the priority owns, with its whole-KPI value (the total row) for the quarter. */
export const ReviewKpiSchema = Type.Object({
  code: Type.String(),
  name: LocalizedTextSchema,
  due: Type.Boolean({ description: 'The KPI owes a value for the quarter' }),
  reported: Type.Boolean({ description: 'A value or a "no data" declaration exists' }),
  valueId: Nullable(Type.Integer()),
  state: Nullable(ValueStateSchema),
  value: Nullable(Type.Number()),
  noDataReason: Nullable(Type.String()),
  returnComment: Nullable(Type.String()),
  version: Nullable(Type.Integer()),
  unit: Type.String({ description: 'The KPI unit (percent, count, ...), for showing the value' }),
  note: Nullable(Type.String()),
  evidenceUrl: Nullable(Type.String()),
  status: StatusSchema,
  pending: Type.Boolean({ description: 'A value of the KPI is submitted and awaits the decision' }),
  yearTarget: Nullable(Type.Number({ description: "The target of the quarter's year (interpolated)" })),
  expected: Nullable(Type.Number({ description: 'The value the trajectory expects after this quarter' })),
  lastQuarter: Type.Object({
    period: Type.String(),
    value: Nullable(Type.Number({ description: "The previous quarter's whole-KPI value (any state)" })),
  }),
});
export type ReviewKpi = Static<typeof ReviewKpiSchema>;

/** Action items live from the quarter they were opened in until the quarter they are closed in. */
export const ACTION_ITEM_STATUSES = ['open', 'in_progress', 'closed'] as const;
export type ActionItemStatus = (typeof ACTION_ITEM_STATUSES)[number];
export const ActionItemStatusSchema = StringEnum(ACTION_ITEM_STATUSES, 'open, in_progress or closed');

const DateText = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' });
const OwnerText = Type.String({ minLength: 1, maxLength: 200, pattern: '\\S', description: 'Who acts' });
const DescriptionText = Type.String({ minLength: 1, maxLength: 2000, pattern: '\\S' });

export const ReviewActionItemSchema = Type.Object({
  id: Type.Integer(),
  description: Type.String(),
  owner: Type.String(),
  dueDate: Nullable(Type.String({ description: 'YYYY-MM-DD' })),
  status: ActionItemStatusSchema,
  openedPeriod: Type.String({ description: 'The quarter whose review opened it' }),
  closedPeriod: Nullable(Type.String({ description: 'The quarter whose review closed it' })),
  carriedOver: Type.Boolean({ description: 'Opened in an earlier quarter and still open then' }),
  updatedAt: Type.String(),
});
export type ReviewActionItem = Static<typeof ReviewActionItemSchema>;

export const KPI_DECISIONS = ['approve', 'return'] as const;
export type KpiDecision = (typeof KPI_DECISIONS)[number];
export const KpiDecisionSchema = StringEnum(KPI_DECISIONS, 'approve or return');

/** What a decision did to one KPI, with the reviewer's comment on it. */
export const ReviewKpiDecisionSchema = Type.Object({
  code: Type.String(),
  decision: KpiDecisionSchema,
  comment: Nullable(Type.String()),
});
export type ReviewKpiDecision = Static<typeof ReviewKpiDecisionSchema>;

/** One decision on the review (submit, approve, return, decide, reopen), from the audit log. */
export const ReviewDecisionSchema = Type.Object({
  action: Type.String({ description: 'submit, approve, return, decide or reopen' }),
  at: Type.String(),
  actor: Type.String(),
  reason: Nullable(Type.String()),
  kpis: Type.Array(ReviewKpiDecisionSchema, {
    description: 'For approve, return and decide: each KPI decided, with its comment',
  }),
});
export type ReviewDecision = Static<typeof ReviewDecisionSchema>;

export const ReviewDetailSchema = Type.Object({
  ...ReviewSummarySchema.properties,
  narrative: ReviewNarrativeSchema,
  comment: Nullable(Type.String({ description: "The reviewer's last comment, or the reason for reopening" })),
  kpis: Type.Array(ReviewKpiSchema),
  actionItems: Type.Array(ReviewActionItemSchema, {
    description: 'Items opened in this quarter or earlier and not closed before it',
  }),
  decisions: Type.Array(ReviewDecisionSchema, { description: 'Decisions on this quarter, oldest first' }),
});
export type ReviewDetail = Static<typeof ReviewDetailSchema>;

export const ReviewNarrativeBodySchema = Type.Object(
  {
    rating: Type.Optional(Nullable(ReviewRatingSchema)),
    achievements: Type.Optional(Nullable(NarrativeText)),
    challenges: Type.Optional(Nullable(NarrativeText)),
    improvements: Type.Optional(Nullable(NarrativeText)),
  },
  { additionalProperties: false },
);
export type ReviewNarrativeBody = Static<typeof ReviewNarrativeBodySchema>;

export const SubmitReviewBodySchema = Type.Object(
  { ...ReviewNarrativeBodySchema.properties },
  { additionalProperties: false, description: 'The narrative, saved with the submission' },
);
export type SubmitReviewBody = Static<typeof SubmitReviewBodySchema>;

const KpiCode = Type.String({ maxLength: 40 });
const KpiCommentText = Type.String({ minLength: 1, maxLength: 4000 });

export const ApproveReviewBodySchema = Type.Object(
  {
    comment: Type.Optional(CommentText),
    kpis: Type.Optional(
      Type.Array(Type.Object({ code: KpiCode, comment: KpiCommentText }, { additionalProperties: false }), {
        maxItems: 200,
        description: 'Comments on single KPIs, kept with the approval in the history of decisions',
      }),
    ),
  },
  { additionalProperties: false },
);
export type ApproveReviewBody = Static<typeof ApproveReviewBodySchema>;

export const ReturnReviewBodySchema = Type.Object(
  {
    comment: Type.Optional(
      Type.String({ maxLength: 4000, description: 'Required: why the quarter goes back to the planner' }),
    ),
    kpis: Type.Optional(
      Type.Array(
        Type.Object(
          { code: Type.String({ maxLength: 40 }), comment: Type.String({ minLength: 1, maxLength: 4000 }) },
          { additionalProperties: false },
        ),
        {
          maxItems: 200,
          description: 'Comments on single KPIs; without it every value gets the overall comment',
        },
      ),
    ),
  },
  { additionalProperties: false },
);
export type ReturnReviewBody = Static<typeof ReturnReviewBodySchema>;

export const DecideReviewBodySchema = Type.Object(
  {
    comment: Type.Optional(
      Type.String({
        maxLength: 4000,
        description: 'The overall comment; a returned KPI without its own uses it',
      }),
    ),
    kpis: Type.Array(
      Type.Object(
        {
          code: KpiCode,
          decision: KpiDecisionSchema,
          comment: Type.Optional(Type.String({ maxLength: 4000 })),
        },
        { additionalProperties: false },
      ),
      {
        maxItems: 200,
        description:
          'The decision on KPIs awaiting one; those not listed are approved. A returned KPI needs a comment.',
      },
    ),
  },
  { additionalProperties: false },
);
export type DecideReviewBody = Static<typeof DecideReviewBodySchema>;

export const ReopenReviewBodySchema = Type.Object(
  { comment: Type.Optional(Type.String({ maxLength: 4000, description: 'Required: the reason' })) },
  { additionalProperties: false },
);
export type ReopenReviewBody = Static<typeof ReopenReviewBodySchema>;

export const ActionItemParamsSchema = Type.Object({
  ...ReviewParamsSchema.properties,
  id: Type.Integer({ minimum: 1, maximum: 2147483647 }),
});

export const CreateActionItemBodySchema = Type.Object(
  { description: DescriptionText, owner: OwnerText, dueDate: Type.Optional(Nullable(DateText)) },
  { additionalProperties: false },
);
export type CreateActionItemBody = Static<typeof CreateActionItemBodySchema>;

export const UpdateActionItemBodySchema = Type.Object(
  {
    description: Type.Optional(DescriptionText),
    owner: Type.Optional(OwnerText),
    dueDate: Type.Optional(Nullable(DateText)),
    status: Type.Optional(ActionItemStatusSchema),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateActionItemBody = Static<typeof UpdateActionItemBodySchema>;
