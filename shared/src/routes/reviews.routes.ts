import {
  ActionItemParamsSchema,
  ApproveReviewBodySchema,
  CreateActionItemBodySchema,
  DecideReviewBodySchema,
  ReviewActionItemSchema,
  UpdateActionItemBodySchema,
  ReopenReviewBodySchema,
  ReturnReviewBodySchema,
  ReviewDetailSchema,
  ReviewListQuerySchema,
  ReviewListSchema,
  ReviewNarrativeBodySchema,
  ReviewParamsSchema,
  ReviewQuerySchema,
  SubmitReviewBodySchema,
} from '../schemas/reviews.ts';
import { ACTIVE_PLAN_NOTE, problems, route } from './route.ts';

const tags = ['reviews'];
const review = { params: ReviewParamsSchema, querystring: ReviewQuerySchema } as const;
const decided = { 200: ReviewDetailSchema, ...problems } as const;

export const reviewRoutes = {
  listReviews: route({
    method: 'GET',
    url: '/api/reviews',
    auth: { permission: 'reviews:read', scope: 'service' },
    schema: {
      summary: 'Quarterly reviews of thematic priorities, the latest quarter first',
      description:
        'Every priority-quarter of the plan up to the last complete quarter that owes values is listed; ' +
        'one without a review record yet is `open`.' +
        ` ${ACTIVE_PLAN_NOTE}`,
      tags,
      querystring: ReviewListQuerySchema,
      response: { 200: ReviewListSchema, ...problems },
    },
  }),
  getReview: route({
    method: 'GET',
    url: '/api/reviews/:priority/:period',
    auth: { permission: 'reviews:read', scope: 'review' },
    schema: {
      summary: "One priority's quarter: status, narrative, comment and the value of each KPI it owns",
      tags,
      ...review,
      response: { 200: ReviewDetailSchema, ...problems },
    },
  }),
  submitReview: route({
    method: 'POST',
    url: '/api/reviews/:priority/:period/submit',
    auth: { permission: 'values:write', scope: 'review' },
    schema: {
      summary: "Submit the quarter: every due KPI needs a value or a 'no data' reason (422 values_missing)",
      tags,
      ...review,
      body: SubmitReviewBodySchema,
      response: decided,
    },
  }),
  approveReview: route({
    method: 'POST',
    url: '/api/reviews/:priority/:period/approve',
    auth: { permission: 'reviews:decide', scope: 'review' },
    schema: {
      summary: 'Approve a submitted quarter: its values are approved and locked',
      description:
        'The overall comment and the comments on single KPIs are kept in the history of decisions. ' +
        'Errors: 409 review_not_submitted, 422 kpi_not_in_review, 422 kpi_not_pending.',
      tags,
      ...review,
      body: ApproveReviewBodySchema,
      response: decided,
    },
  }),
  returnReview: route({
    method: 'POST',
    url: '/api/reviews/:priority/:period/return',
    auth: { permission: 'reviews:decide', scope: 'review' },
    schema: {
      summary: 'Return a submitted quarter to the planner with a comment (comment_required)',
      description:
        'Every KPI awaiting a decision goes back to the planner; KPIs approved earlier stay approved. ' +
        'To return some KPIs and approve the others, use the decision route.',
      tags,
      ...review,
      body: ReturnReviewBodySchema,
      response: decided,
    },
  }),
  decideReview: route({
    method: 'POST',
    url: '/api/reviews/:priority/:period/decision',
    auth: { permission: 'reviews:decide', scope: 'review' },
    schema: {
      summary: 'Decide per KPI: approve some KPIs and return others, each with its comment',
      description:
        'Only the returned KPIs go back to the planner (editable, quarter `returned`); the approved ones ' +
        'are locked and published at once. With none returned the quarter is approved. After a ' +
        'resubmission only the KPIs returned need a decision. Errors: 409 review_not_submitted, ' +
        '422 kpi_not_in_review, kpi_not_pending, kpi_decided_twice, comment_required.',
      tags,
      ...review,
      body: DecideReviewBodySchema,
      response: decided,
    },
  }),
  reopenReview: route({
    method: 'POST',
    url: '/api/reviews/:priority/:period/reopen',
    auth: { permission: 'reviews:reopen', scope: 'none' },
    schema: {
      summary: 'Reopen an approved quarter, giving the reason (comment_required); its values become drafts',
      tags,
      ...review,
      body: ReopenReviewBodySchema,
      response: decided,
    },
  }),
  updateReviewNarrative: route({
    method: 'PUT',
    url: '/api/reviews/:priority/:period/narrative',
    auth: { permission: 'values:write', scope: 'review' },
    schema: {
      summary: "Save the quarter's narrative while it is open or returned (423 once approved)",
      tags,
      ...review,
      body: ReviewNarrativeBodySchema,
      response: decided,
    },
  }),
  createReviewActionItem: route({
    method: 'POST',
    url: '/api/reviews/:priority/:period/action-items',
    // Planners (values:write) and reviewers (reviews:decide) of the priority; the service checks which.
    auth: { permission: 'reviews:read', scope: 'review' },
    schema: {
      summary: 'Open an action item in this quarter (planners and reviewers of the priority)',
      description:
        'The item is carried to every later quarter until it is closed. Errors: 403 forbidden (a role ' +
        'that neither enters values nor decides), 423 review_locked (approved quarter), 422 date_invalid.',
      tags,
      ...review,
      body: CreateActionItemBodySchema,
      response: { 201: ReviewActionItemSchema, ...problems },
    },
  }),
  updateReviewActionItem: route({
    method: 'PATCH',
    url: '/api/reviews/:priority/:period/action-items/:id',
    auth: { permission: 'reviews:read', scope: 'review' },
    schema: {
      summary: "Change an action item shown in this quarter's review; closing it records the quarter",
      description:
        'Errors: 404 not_found (not an item of this quarter), 423 review_locked (approved quarter), ' +
        '422 date_invalid, 403 forbidden.',
      tags,
      params: ActionItemParamsSchema,
      querystring: ReviewQuerySchema,
      body: UpdateActionItemBodySchema,
      response: { 200: ReviewActionItemSchema, ...problems },
    },
  }),
} as const;
