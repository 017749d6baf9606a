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
