// A KPI's notes, review narratives and change history, for its page.
import { KpiIdParamsSchema } from '../schemas/kpis.ts';
import { KpiHistoryQuerySchema, KpiHistorySchema } from '../schemas/kpi-history.ts';
import { problems, route } from './route.ts';

export const kpiHistoryRoutes = {
  getKpiHistory: route({
    method: 'GET',
    url: '/api/kpis/:id/history',
    auth: { permission: 'read', scope: 'kpi' },
    schema: {
      summary: "A KPI's notes, its priority's review narratives and the history of its values and targets",
      description:
        'Approved only by default: notes of approved values, approved reviews, their approve and reopen ' +
        'decisions, target revisions and definition changes. `include=unapproved` (read:unapproved in ' +
        'scope, else 403) adds drafts, submitted values, every value change and every review step. ' +
        'Errors: 404 not_found.',
      tags: ['kpis'],
      params: KpiIdParamsSchema,
      querystring: KpiHistoryQuerySchema,
      response: { 200: KpiHistorySchema, ...problems },
    },
  }),
} as const;
