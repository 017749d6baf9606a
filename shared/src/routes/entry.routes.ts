import { DueWorkQuerySchema, DueWorkSchema, EntrySheetSchema } from '../schemas/entry.ts';
import { ReviewParamsSchema, ReviewQuerySchema } from '../schemas/reviews.ts';
import { ACTIVE_PLAN_NOTE, problems, route } from './route.ts';

const tags = ['entry'];

export const entryRoutes = {
  listDueWork: route({
    method: 'GET',
    url: '/api/entry/due',
    auth: { permission: 'values:write', scope: 'service' },
    schema: {
      summary: "What is due: the user's priority-quarters still with the planners, most urgent first",
      description:
        'Quarters up to the last complete one that are open or returned (not yet submitted), with missing ' +
        'and returned counts; overdue ones first, then by due date. Planners see their own priorities.' +
        ` ${ACTIVE_PLAN_NOTE}`,
      tags,
      querystring: DueWorkQuerySchema,
      response: { 200: DueWorkSchema, ...problems },
    },
  }),
  getEntrySheet: route({
    method: 'GET',
    url: '/api/entry/:priority/:period',
    auth: { permission: 'read:unapproved', scope: 'review' },
    schema: {
      summary: "The entry grid of a priority's quarter: its KPIs by outcome, with values and definitions",
      description:
        'Values are written with PUT /api/kpis/:id/values/:period (send the version); the KPI definitions ' +
        'let the client compute the live status with the shared calculation module.',
      tags,
      params: ReviewParamsSchema,
      querystring: ReviewQuerySchema,
      response: { 200: EntrySheetSchema, ...problems },
    },
  }),
} as const;
