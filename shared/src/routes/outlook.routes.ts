// "Will we make it?": every KPI's target, forecast, gap and likely year.
import { OutlookQuerySchema, OutlookResponseSchema } from '../schemas/outlook.ts';
import { ACTIVE_PLAN_NOTE, problems, route } from './route.ts';

export const outlookRoutes = {
  getOutlook: route({
    method: 'GET',
    url: '/api/outlook',
    auth: { permission: 'read', scope: 'none' },
    schema: {
      summary: "Will we make it: each KPI's target of the plan's last year, forecast, gap and likely year",
      description:
        'The forecast is the least-squares trend of the KPI (rbm-method.md, "Forecast"; yearly totals for sum ' +
        'KPIs), approved values only unless include=unapproved. `format=xlsx` downloads it. ' +
        'Errors: 404 not_found (plan).' +
        ` ${ACTIVE_PLAN_NOTE}`,
      tags: ['reports'],
      querystring: OutlookQuerySchema,
      response: { 200: OutlookResponseSchema, ...problems },
    },
  }),
} as const;
