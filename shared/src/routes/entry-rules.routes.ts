import { PlanCodeParamsSchema } from '../schemas/common.ts';
import {
  EntryFindingsSchema,
  KpiEntryRuleParamsSchema,
  PlanEntryRulesSchema,
  PutPlanEntryRulesBodySchema,
  ValueRuleSettingsSchema,
} from '../schemas/entry-rules.ts';
import { ReviewParamsSchema, ReviewQuerySchema } from '../schemas/reviews.ts';
import { problems, route } from './route.ts';

const tags = ['entry rules'];

export const entryRuleRoutes = {
  getEntryRules: route({
    method: 'GET',
    url: '/api/plans/:plan/entry-rules',
    auth: { permission: 'read', scope: 'none' },
    schema: {
      summary: "The plan's entry rules: completeness, value limits and warnings (defaults, KPI overrides)",
      tags,
      params: PlanCodeParamsSchema,
      response: { 200: PlanEntryRulesSchema, ...problems },
    },
  }),
  putEntryRules: route({
    method: 'PUT',
    url: '/api/plans/:plan/entry-rules',
    auth: { permission: 'framework:write', scope: 'none' },
    schema: {
      summary: "Set the plan's completeness rules and value rule defaults (administrators)",
      description: 'Send the version you loaded once rules exist (409 version_conflict otherwise).',
      tags,
      params: PlanCodeParamsSchema,
      body: PutPlanEntryRulesBodySchema,
      response: { 200: PlanEntryRulesSchema, ...problems },
    },
  }),
  putKpiEntryRule: route({
    method: 'PUT',
    url: '/api/plans/:plan/entry-rules/kpis/:code',
    auth: { permission: 'framework:write', scope: 'none' },
    schema: {
      summary: "Set one KPI's value rules, overriding the plan's defaults (administrators)",
      tags,
      params: KpiEntryRuleParamsSchema,
      body: ValueRuleSettingsSchema,
      response: { 200: PlanEntryRulesSchema, ...problems },
    },
  }),
  deleteKpiEntryRule: route({
    method: 'DELETE',
    url: '/api/plans/:plan/entry-rules/kpis/:code',
    auth: { permission: 'framework:write', scope: 'none' },
    schema: {
      summary: "Remove a KPI's own value rules: it follows the plan's defaults again (administrators)",
      tags,
      params: KpiEntryRuleParamsSchema,
      response: { 200: PlanEntryRulesSchema, ...problems },
    },
  }),
  getEntryFindings: route({
    method: 'GET',
    url: '/api/entry/:priority/:period/findings',
    auth: { permission: 'read:unapproved', scope: 'review' },
    schema: {
      summary: "A priority's quarter under the entry rules: what is missing before submitting, and warnings",
      tags,
      params: ReviewParamsSchema,
      querystring: ReviewQuerySchema,
      response: { 200: EntryFindingsSchema, ...problems },
    },
  }),
} as const;
