// The quarterly review of a thematic priority (rbm-method.md, "Reporting calendar"): the planner submits
// the quarter's values with a narrative, a reviewer approves them (values locked) or returns them with a
// comment, and an approved quarter is reopened only with a reason.
import { Type, type Static } from 'typebox';
import { REVIEW_STATUSES } from '../domain.ts';
import { LanguageSchema, LocalizedTextSchema, Nullable, StringEnum } from './common.ts';
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
export type ReviewNarrative = Static<typeof ReviewNarrativeSchema>;

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
});
export type ReviewKpi = Static<typeof ReviewKpiSchema>;

export const ReviewDetailSchema = Type.Object({
  ...ReviewSummarySchema.properties,
  narrative: ReviewNarrativeSchema,
  comment: Nullable(Type.String({ description: "The reviewer's last comment, or the reason for reopening" })),
  kpis: Type.Array(ReviewKpiSchema),
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

export const ApproveReviewBodySchema = Type.Object(
  { comment: Type.Optional(CommentText) },
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

export const ReopenReviewBodySchema = Type.Object(
  { comment: Type.Optional(Type.String({ maxLength: 4000, description: 'Required: the reason' })) },
  { additionalProperties: false },
);
export type ReopenReviewBody = Static<typeof ReopenReviewBodySchema>;
