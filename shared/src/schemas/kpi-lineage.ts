// A KPI continued across plans ("New plan from this one" copies each KPI with `continues_kpi_id`): the KPIs
// it continues in earlier plans with their approved values, and the KPIs continuing it in later plans. Each
// plan's targets stay its own. Approved values only, whoever asks: the page shows what the Council sees.
import { Type, type Static } from 'typebox';
import { LanguageSchema, LocalizedTextSchema, Nullable, StatusSchema } from './common.ts';
import { QuarterSchema } from './figures.ts';

export const KpiLineageQuerySchema = Type.Object(
  { lang: Type.Optional(LanguageSchema) },
  { additionalProperties: false },
);

export const KpiLineagePlanSchema = Type.Object({
  code: Type.String({ description: 'Plan code' }),
  startYear: Type.Integer(),
  endYear: Type.Integer(),
});

/** A KPI of another plan in the chain, as its link needs it. */
export const KpiLineageLinkSchema = Type.Object({
  id: Type.Integer(),
  code: Type.String(),
  name: LocalizedTextSchema,
  plan: KpiLineagePlanSchema,
});
export type KpiLineageLink = Static<typeof KpiLineageLinkSchema>;

export const KpiLineageQuarterSchema = Type.Object({
  period: QuarterSchema,
  actual: Nullable(Type.Number({ description: 'The approved value; null when none' })),
  status: StatusSchema,
  target: Nullable(Type.Number({ description: 'The annual target of the year, in that plan' })),
});
export type KpiLineageQuarter = Static<typeof KpiLineageQuarterSchema>;

export const KpiLineagePredecessorSchema = Type.Object({
  ...KpiLineageLinkSchema.properties,
  quarters: Type.Array(KpiLineageQuarterSchema, {
    description: "The plan's quarters up to the last complete one, approved values only",
  }),
});
export type KpiLineagePredecessor = Static<typeof KpiLineagePredecessorSchema>;

export const KpiLineageSchema = Type.Object({
  kpi: KpiLineageLinkSchema,
  predecessors: Type.Array(KpiLineagePredecessorSchema, {
    description: 'The KPIs this one continues, oldest plan first',
  }),
  successors: Type.Array(KpiLineageLinkSchema, {
    description:
      'The KPIs continuing this one in later plans, nearest first (draft plans for administrators only)',
  }),
});
export type KpiLineage = Static<typeof KpiLineageSchema>;
