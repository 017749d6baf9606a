// A KPI's definition as the framework stores it, answered by the writes that create or change a KPI and
// revise its targets. Names are the English text entered (translations are managed elsewhere); outcomes,
// targets and themes are named by their codes. The bodies are in kpis.ts.
import { Type, type Static } from 'typebox';
import {
  AggregationSchema,
  DirectionSchema,
  FrequencySchema,
  KpiUnitSchema,
  Nullable,
  provenanceProperties,
} from './common.ts';
import { AnnualTargetSchema, BaselineSchema, TargetRevisionSchema } from './kpis.ts';

export const KpiDefinitionSchema = Type.Object({
  id: Type.Integer(),
  code: Type.String(),
  plan: Type.String({ description: 'Plan code' }),
  name: Type.String({ description: 'The English name (other languages live in translations)' }),
  definition: Nullable(Type.String()),
  unit: KpiUnitSchema,
  direction: DirectionSchema,
  aggregation: AggregationSchema,
  frequency: FrequencySchema,
  baseline: Nullable(BaselineSchema),
  tolerance: Type.Number({ description: 'For maintain KPIs: accepted distance from the target, as a share' }),
  weight: Type.Number(),
  dataSource: Nullable(Type.String()),
  ownerUnit: Nullable(Type.String()),
  byRegion: Type.Boolean(),
  active: Type.Boolean(),
  ownerPriority: Type.String({ description: 'Code of the priority owning the KPI (its first outcome’s)' }),
  outcomes: Type.Array(Type.String(), { description: 'Outcome codes' }),
  outputs: Type.Array(Type.String(), { description: 'Output codes (products and services)' }),
  targets: Type.Array(Type.String(), { description: 'Framework target codes' }),
  themes: Type.Array(Type.String(), { description: 'Intersectoral theme codes' }),
  annualTargets: Type.Array(AnnualTargetSchema),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  ...provenanceProperties,
});
export type KpiDefinition = Static<typeof KpiDefinitionSchema>;

/** The revision just written, and every annual target of the KPI after it. */
export const TargetRevisionResultSchema = Type.Object({
  ...TargetRevisionSchema.properties,
  annualTargets: Type.Array(AnnualTargetSchema),
});
export type TargetRevisionResult = Static<typeof TargetRevisionResultSchema>;

/** The framework editor's list: every KPI of a plan (retired ones too) with its links and annual targets. */
export const KpiDefinitionListQuerySchema = Type.Object({
  plan: Type.String({ minLength: 1, maxLength: 64, description: 'Plan code' }),
});
export const KpiDefinitionListSchema = Type.Object({
  plan: Type.String(),
  planStatus: Type.String(),
  startYear: Type.Integer(),
  endYear: Type.Integer(),
  items: Type.Array(KpiDefinitionSchema, { description: 'In code order' }),
});
export type KpiDefinitionList = Static<typeof KpiDefinitionListSchema>;

/** Annual targets of a draft plan, set directly (no reason: nothing has been reported against them yet). */
export const SetAnnualTargetsBodySchema = Type.Object(
  {
    plan: Type.String({ minLength: 1, maxLength: 64, description: 'Plan code (a draft plan)' }),
    targets: Type.Array(
      Type.Object(
        {
          kpi: Type.String({ minLength: 1, maxLength: 64, description: 'KPI code' }),
          year: Type.Integer(),
          value: Type.Number(),
        },
        { additionalProperties: false },
      ),
      { minItems: 1, maxItems: 20_000 },
    ),
  },
  { additionalProperties: false },
);
export type SetAnnualTargetsBody = Static<typeof SetAnnualTargetsBodySchema>;
export const SetAnnualTargetsResultSchema = Type.Object({
  plan: Type.String(),
  changed: Type.Integer({ description: 'Targets set or changed (the same value as now is not counted)' }),
});
export type SetAnnualTargetsResult = Static<typeof SetAnnualTargetsResultSchema>;
