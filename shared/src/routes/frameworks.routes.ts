// The framework as data (issue 14): a plan's whole results framework as a framework document (JSON) or a
// workbook (XLSX), for administrators to keep, edit and load back.
import { Type } from 'typebox';
import { PlanCodeParamsSchema } from '../schemas/common.ts';
import {
  ConfirmFrameworkImportBodySchema,
  FrameworkDocumentSchema,
  FrameworkFileBodySchema,
  FrameworkImportPreviewSchema,
  FrameworkImportResultSchema,
} from '../schemas/framework-document.ts';
import { problems, route } from './route.ts';

const tags = ['framework'];
const uploadHow =
  'Send the file base64-encoded in JSON (`fileName` ending .json or .xlsx, `content`), at most 5 MB decoded ' +
  '(413 file_too_large; 400 file_type_unsupported or file_unreadable). The plan code in the file decides: a new ' +
  'plan, or onto the stored plan with that code. Items are matched on their codes; an item of the plan left out ' +
  'of the file is retired, never deleted. ';

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
  previewFrameworkImport: route({
    method: 'POST',
    url: '/api/frameworks/import/preview',
    auth: { permission: 'framework:write', scope: 'none' },
    schema: {
      summary:
        'Read a framework file: every item new, changed or retired, every bad row with its reason and cell',
      description: `${uploadHow}Writes nothing.`,
      tags,
      body: FrameworkFileBodySchema,
      response: { 200: FrameworkImportPreviewSchema, ...problems },
    },
  }),
  confirmFrameworkImport: route({
    method: 'POST',
    url: '/api/frameworks/import',
    auth: { permission: 'framework:write', scope: 'none' },
    schema: {
      summary: 'Write a previewed framework file in one transaction (audited)',
      description:
        `${uploadHow}Send the same file with the preview's token: 409 import_stale when the file or the stored ` +
        'framework changed since the preview; 422 framework_invalid while any row is bad (nothing is written).',
      tags,
      body: ConfirmFrameworkImportBodySchema,
      response: { 200: FrameworkImportResultSchema, ...problems },
    },
  }),
} as const;
