// The plan explorer's tree of roll-ups (published figures: approved values unless include=unapproved).
import { ExplorerQuerySchema, ExplorerSchema } from '../schemas/explorer.ts';
import { ACTIVE_PLAN_NOTE, problems, route } from './route.ts';

export const explorerRoutes = {
  getExplorer: route({
    method: 'GET',
    url: '/api/explorer',
    auth: { permission: 'read', scope: 'none' },
    schema: {
      summary: 'Goal or Sector -> priority -> outcome -> KPI, rolled up for a period',
      description:
        'Every node carries its roll-up (status, score, completeness, timeliness, KPI count) for the period. ' +
        '`sector` keeps the KPIs of one Sector; `region` assesses the KPIs disaggregated by region in that ' +
        'region; `status` keeps the KPIs with that status (and the groups holding them) but group figures ' +
        'stay those of the whole group. A KPI reaching a group through several links counts once. ' +
        'Errors: 404 not_found (plan), 400 validation_failed, 422 period_outside_plan, unknown_sector, ' +
        'unknown_region.' +
        ` ${ACTIVE_PLAN_NOTE}`,
      tags: ['reports'],
      querystring: ExplorerQuerySchema,
      response: { 200: ExplorerSchema, ...problems },
    },
  }),
} as const;
