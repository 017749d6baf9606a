// A KPI's notes, review narratives and change history, for its page.
import { KpiIdParamsSchema } from '../schemas/kpis.ts';
import { KpiHistoryQuerySchema, KpiHistorySchema } from '../schemas/kpi-history.ts';
import { KpiLineageQuerySchema, KpiLineageSchema } from '../schemas/kpi-lineage.ts';
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
  getKpiLineage: route({
    method: 'GET',
    url: '/api/kpis/:id/lineage',
    auth: { permission: 'read', scope: 'kpi' },
    schema: {
      summary:
        'A KPI continued across plans: the KPIs it continues, with their values, and those continuing it',
      description:
        'Follows `continues_kpi_id` back to the earliest plan and forward to the latest. Approved values only, ' +
        'whoever asks (what the Council sees); each plan keeps its own targets. Successors in a draft plan are ' +
        'listed for administrators only. Errors: 404 not_found.',
      tags: ['kpis'],
      params: KpiIdParamsSchema,
      querystring: KpiLineageQuerySchema,
      response: { 200: KpiLineageSchema, ...problems },
    },
  }),
} as const;
