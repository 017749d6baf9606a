// Published figures: the annual implementation report (JSON, CSV, XLSX), the comparison for the retreat,
// and the ICT statistics behind the plan's targets. All count approved values only unless include=unapproved.
import {
  AnnualReportParamsSchema,
  AnnualReportQuerySchema,
  AnnualReportResponseSchema,
  CompareQuerySchema,
  ComparisonResponseSchema,
  StatisticsSchema,
  StatsQuerySchema,
} from '../schemas/reports.ts';
import { ACTIVE_PLAN_NOTE, problems, route } from './route.ts';

export const reportRoutes = {
  getAnnualReport: route({
    method: 'GET',
    url: '/api/reports/annual/:year',
    auth: { permission: 'read', scope: 'none' },
    schema: {
      summary: 'Annual implementation report of a plan year',
      description:
        'Roll-ups of the plan, its goals, Sectors and priorities for the year, the KPIs off track with the ' +
        "reviewers' narrative, and the year's achievements. `format=csv`, `format=xlsx` or `format=pptx` downloads it. " +
        'A year not yet due is answered with `due: false` (its figures are not_due). ' +
        'Errors: 404 not_found (plan), 422 year_outside_plan.' +
        ` ${ACTIVE_PLAN_NOTE}`,
      tags: ['reports'],
      params: AnnualReportParamsSchema,
      querystring: AnnualReportQuerySchema,
      response: { 200: AnnualReportResponseSchema, ...problems },
    },
  }),
  getComparison: route({
    method: 'GET',
    url: '/api/compare',
    auth: { permission: 'read', scope: 'none' },
    schema: {
      summary: 'Sectors, priorities or regions side by side, with a quarterly heatmap',
      description:
        'Each group rolled up for the period and ranked by score; the heatmap gives every group its score ' +
        'per quarter of the plan up to the period. A KPI reaching a group through several links counts once. ' +
        '`format=pptx` downloads the retreat deck (one slide per Sector). ' +
        'Errors: 404 not_found (plan), 400 validation_failed (period, by), 422 period_outside_plan.' +
        ` ${ACTIVE_PLAN_NOTE}`,
      tags: ['reports'],
      querystring: CompareQuerySchema,
      response: { 200: ComparisonResponseSchema, ...problems },
    },
  }),
  getStatistics: route({
    method: 'GET',
    url: '/api/stats',
    auth: { permission: 'read', scope: 'none' },
    schema: {
      summary: 'Published ICT statistics, with the plan targets they measure',
      description:
        'Series per area; when several editions give a value for one year all are kept and the newest is ' +
        'marked latestEdition. Editions order by their year (FF25 = 2025 is newer than FF24); an empty ' +
        'edition is the oldest. Errors: 404 not_found (indicator).',
      tags: ['statistics'],
      querystring: StatsQuerySchema,
      response: { 200: StatisticsSchema, ...problems },
    },
  }),
} as const;
