// The framework as data (issue 14): a plan's whole results framework as a framework document (JSON) or a
// workbook (XLSX), for administrators to keep, edit and load back.
import { Type } from 'typebox';
import { PlanCodeParamsSchema } from '../schemas/common.ts';
import { FrameworkDocumentSchema } from '../schemas/framework-document.ts';
import { problems, route } from './route.ts';

const tags = ['framework'];

export const frameworkRoutes = {
  exportFrameworkDocument: route({
    method: 'GET',
    url: '/api/plans/:plan/framework/document',
    auth: { permission: 'framework:write', scope: 'none' },
    schema: {
      summary: "The plan's whole framework as a framework document (JSON, schema version 1)",
      description:
        'Plan, units, regions, goals, targets, priorities, outcomes, outputs, enablers, themes and KPIs with ' +
        'their links, every text in the languages held and every item with its source status. The format is ' +
        'documented in shared/src/schemas/framework-document.ts. Retired items are included, marked.',
      tags,
      params: PlanCodeParamsSchema,
      response: { 200: FrameworkDocumentSchema, ...problems },
    },
  }),
  exportFrameworkWorkbook: route({
    method: 'GET',
    url: '/api/plans/:plan/framework/workbook',
    auth: { permission: 'framework:write', scope: 'none' },
    schema: {
      summary: "The plan's whole framework as an XLSX workbook",
      description:
        'A first sheet "About" explaining every column, one sheet per level (Plan, Units, Regions, Goals, ' +
        'Targets, Priorities, Outcomes, Outputs, Enablers, Themes, KPIs) and a Translations sheet.',
      tags,
      params: PlanCodeParamsSchema,
      response: { 200: Type.String({ description: 'The workbook (XLSX)' }), ...problems },
    },
  }),
} as const;
