import { Type } from 'typebox';
import {
  ActivityBodySchema,
  ActivityIdParamsSchema,
  ActivityListQuerySchema,
  ActivityListSchema,
  ActivitySchema,
  AppointmentBodySchema,
  FocalPointParamsSchema,
  MatrixQuerySchema,
  MatrixSchema,
  RadarDecisionBodySchema,
  RadarQuerySchema,
  RadarSchema,
  RadarCandidateSchema,
  ThemeCodeParamsSchema,
  ThemeListSchema,
  ThemeSchema,
  UpdateActivityBodySchema,
} from '../schemas/themes.ts';
import {
  ThemeReportParamsSchema,
  ThemeReportQuerySchema,
  ThemeReportResponseSchema,
} from '../schemas/theme-report.ts';
import {
  ActivityExportQuerySchema,
  ActivityImportBodySchema,
  ActivityImportPreviewSchema,
  ActivityImportResultSchema,
  ConfirmActivityImportBodySchema,
} from '../schemas/activity-sheet.ts';
import { LanguageQuerySchema } from '../schemas/common.ts';
import { ACTIVE_PLAN_NOTE, problems, route } from './route.ts';

const tags = ['themes'];
const appointed =
  'Checked by the service against appointments, not roles alone: any signed-in user may hold the post.';

export const themeRoutes = {
  listThemes: route({
    method: 'GET',
    url: '/api/themes',
    auth: { permission: 'read', scope: 'none' },
    schema: {
      summary: "The intersectoral themes with each one's coordinator and the units' focal points",
      tags,
      querystring: LanguageQuerySchema,
      response: { 200: ThemeListSchema, ...problems },
    },
  }),
  appointThemeCoordinator: route({
    method: 'PUT',
    url: '/api/themes/:code/coordinator',
    auth: { permission: 'users:manage', scope: 'none' },
    schema: {
      summary: "Appoint (or remove) a theme's coordinator (an administrator)",
      tags,
      params: ThemeCodeParamsSchema,
      body: AppointmentBodySchema,
      response: { 200: ThemeSchema, ...problems },
    },
  }),
  appointThemeFocalPoint: route({
    method: 'PUT',
    url: '/api/themes/:code/focal-points/:unit',
    auth: { permission: 'read', scope: 'service' },
    schema: {
      summary:
        "Appoint (or remove) a unit's focal point on a theme (the theme's coordinator or an administrator)",
      description: appointed,
      tags,
      params: FocalPointParamsSchema,
      body: AppointmentBodySchema,
      response: { 200: ThemeSchema, ...problems },
    },
  }),
  listActivities: route({
    method: 'GET',
    url: '/api/activities',
    auth: { permission: 'read', scope: 'none' },
    schema: {
      summary: 'The units’ activities on the themes, each with the events it overlaps',
      tags,
      querystring: ActivityListQuerySchema,
      response: { 200: ActivityListSchema, ...problems },
    },
  }),
  getActivity: route({
    method: 'GET',
    url: '/api/activities/:id',
    auth: { permission: 'read', scope: 'none' },
    schema: {
      summary: 'One activity with the events it overlaps',
      tags,
      params: ActivityIdParamsSchema,
      response: { 200: ActivitySchema, ...problems },
    },
  }),
  createActivity: route({
    method: 'POST',
    url: '/api/activities',
    auth: { permission: 'read', scope: 'service' },
    schema: {
      summary:
        "Record an activity (a focal point of its unit, a planner of the unit's Sector, an administrator)",
      description: `${appointed} A regional office (RO-…) belongs to ITU-D.`,
      tags,
      body: ActivityBodySchema,
      response: { 201: ActivitySchema, ...problems },
    },
  }),
  updateActivity: route({
    method: 'PUT',
    url: '/api/activities/:id',
    auth: { permission: 'read', scope: 'service' },
    schema: {
      summary: 'Change an activity (as for recording it, for its old and its new unit)',
      description: `${appointed} Send the version you loaded (409 version_conflict otherwise).`,
      tags,
      params: ActivityIdParamsSchema,
      body: UpdateActivityBodySchema,
      response: { 200: ActivitySchema, ...problems },
    },
  }),
  exportActivities: route({
    method: 'GET',
    url: '/api/activities/export',
    auth: { permission: 'read', scope: 'service' },
    schema: {
      summary:
        'The activities as a spreadsheet to edit and import back (whoever may edit some unit’s activities)',
      description:
        'One row per activity: code, kind, unit, region, first and last day, themes, other units taking part, ' +
        'partners (separated by ";"), and a title and description per language.',
      tags,
      querystring: ActivityExportQuerySchema,
      response: { 200: Type.String({ description: 'The spreadsheet (XLSX or CSV)' }), ...problems },
    },
  }),
  previewActivityImport: route({
    method: 'POST',
    url: '/api/activities/import/preview',
    auth: { permission: 'read', scope: 'service' },
    schema: {
      summary:
        'Read an edited activities sheet: each row new, changed or unchanged, each bad row with its reason and cell',
      description:
        'The file base64-encoded in JSON (`fileName` .xlsx or .csv, `content`), at most 5 MB decoded. Writes nothing. ' +
        `A row changing an activity of a unit whose activities you may not edit refuses the file (403 out_of_scope). ${appointed}`,
      tags,
      body: ActivityImportBodySchema,
      response: { 200: ActivityImportPreviewSchema, ...problems },
    },
  }),
  importActivities: route({
    method: 'POST',
    url: '/api/activities/import',
    auth: { permission: 'read', scope: 'service' },
    schema: {
      summary:
        'Write a previewed activities sheet in one transaction (refused while a row is bad or if anything changed)',
      tags,
      body: ConfirmActivityImportBodySchema,
      response: { 200: ActivityImportResultSchema, ...problems },
    },
  }),
  getThemeMatrix: route({
    method: 'GET',
    url: '/api/themes/matrix',
    auth: { permission: 'read', scope: 'none' },
    schema: {
      summary: "Themes x units: each unit's KPIs and activities per theme, each theme's roll-up per quarter",
      description: `Approved figures only, from the published figures' read model; a KPI tagged with a theme counts once in its roll-up. ${ACTIVE_PLAN_NOTE}`,
      tags,
      querystring: MatrixQuerySchema,
      response: { 200: MatrixSchema, ...problems },
    },
  }),
  getRadar: route({
    method: 'GET',
    url: '/api/themes/radar',
    auth: { permission: 'read', scope: 'none' },
    schema: {
      summary: 'The duplication radar: candidate duplicate pairs between units, with score and reasons',
      description: `Open candidates by default (state=decided or all for the others). ${ACTIVE_PLAN_NOTE}`,
      tags,
      querystring: RadarQuerySchema,
      response: { 200: RadarSchema, ...problems },
    },
  }),
  decideRadarCandidate: route({
    method: 'POST',
    url: '/api/themes/radar/decisions',
    auth: { permission: 'read', scope: 'service' },
    schema: {
      summary:
        "Decide a candidate pair (the theme's coordinator or an administrator): joint work, duplicate, unrelated",
      description: `${appointed} A decided pair is not proposed again. Without \`plan\` in the body, the KPIs of the active plan are compared.`,
      tags,
      body: RadarDecisionBodySchema,
      response: { 200: RadarCandidateSchema, ...problems },
    },
  }),
  getThemeReport: route({
    method: 'GET',
    url: '/api/reports/intersectoral/:year',
    auth: { permission: 'read', scope: 'none' },
    schema: {
      summary: 'The Resolution 59 report: the year of intersectoral coordination, for TDAG and the Council',
      description:
        "Per theme each unit's KPIs on it (status for the year from the published figures, approved values " +
        'only, each KPI once in the roll-up) and activities; the joint work, the radar decisions by kind with ' +
        'their notes and the candidates still open, the overlapping events. A year under way is reported to ' +
        'date. `format=xlsx` or `format=pptx` downloads it in the language asked for. ' +
        `Errors: 404 not_found (plan), 422 year_outside_plan. ${ACTIVE_PLAN_NOTE}`,
      tags,
      params: ThemeReportParamsSchema,
      querystring: ThemeReportQuerySchema,
      response: { 200: ThemeReportResponseSchema, ...problems },
    },
  }),
} as const;
