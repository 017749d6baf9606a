// KPIs: the list with each KPI's latest status, one KPI's definition with its targets, revisions,
// quarterly/annual series and forecast, and the bodies that create or change a KPI.
import { Type, type Static } from 'typebox';
import {
  AggregationSchema,
  DirectionSchema,
  FrequencySchema,
  KpiUnitSchema,
  LanguageSchema,
  LocalizedTextSchema,
  Nullable,
  StatusSchema,
  provenanceProperties,
} from './common.ts';
import {
  AssessmentSchema,
  FiguresBasisSchema,
  IncludeSchema,
  PaginationQuerySchema,
  PeriodSchema,
  ValueStateSchema,
  pageOf,
} from './figures.ts';

/** Database ids are 32-bit on PostgreSQL; a larger id can only be unknown. */
export const IdSchema = Type.Integer({ minimum: 1, maximum: 2147483647 });

export const KpiIdParamsSchema = Type.Object({ id: IdSchema });

export const BaselineSchema = Type.Object({
  value: Type.Number(),
  period: PeriodSchema,
});

export const KpiSummarySchema = Type.Object({
  id: Type.Integer(),
  code: Type.String(),
  name: LocalizedTextSchema,
  unit: KpiUnitSchema,
  direction: DirectionSchema,
  aggregation: AggregationSchema,
  frequency: FrequencySchema,
  byRegion: Type.Boolean(),
  plan: Type.String(),
  ownerPriority: Type.String(),
  sector: Type.String(),
  priorities: Type.Array(Type.String(), {
    description: 'Every priority the KPI serves (through its outcomes)',
  }),
  latest: AssessmentSchema,
  ...provenanceProperties,
});
export type KpiSummary = Static<typeof KpiSummarySchema>;

export const KpiListQuerySchema = Type.Object({
  plan: Type.Optional(Type.String({ description: 'Plan code; the active plan when omitted' })),
  sector: Type.Optional(Type.String()),
  priority: Type.Optional(Type.String()),
  region: Type.Optional(Type.String({ description: 'Only KPIs disaggregated by region (any region code)' })),
  status: Type.Optional(Type.Array(StatusSchema, { description: 'Latest status, repeatable' })),
  q: Type.Optional(Type.String({ maxLength: 100, description: 'Search in code and name' })),
  include: Type.Optional(IncludeSchema),
  lang: Type.Optional(LanguageSchema),
  ...PaginationQuerySchema.properties,
});

export const KpiListSchema = Type.Object({
  ...pageOf(KpiSummarySchema).properties,
  basis: FiguresBasisSchema,
});
export type KpiList = Static<typeof KpiListSchema>;

export const AnnualTargetSchema = Type.Object({ year: Type.Integer(), value: Type.Number() });

export const TargetRevisionSchema = Type.Object({
  year: Type.Integer(),
  oldValue: Nullable(Type.Number()),
  newValue: Type.Number(),
  reason: Type.String(),
  revisedBy: Nullable(Type.String()),
  revisedAt: Type.String(),
});

/** One point of a KPI's series: the assessment plus the state of the value it stands on. */
export const SeriesPointSchema = Type.Object({
  ...AssessmentSchema.properties,
  state: Nullable(ValueStateSchema),
  target: Nullable(Type.Number({ description: 'The annual target of the year' })),
});
export type SeriesPoint = Static<typeof SeriesPointSchema>;

export const ForecastSchema = Type.Object({
  slopePerYear: Type.Number(),
  projectedAtPlanEnd: Type.Number(),
  projectedAtHorizon: Type.Number(),
  horizonYear: Type.Integer(),
  endTarget: Nullable(Type.Number()),
  meetsEndTarget: Type.Boolean(),
  crossingYear: Nullable(Type.Integer()),
  line: Type.Array(Type.Object({ year: Type.Number(), value: Type.Number() })),
});
export type Forecast = Static<typeof ForecastSchema>;

export const KpiDetailSchema = Type.Object({
  ...KpiSummarySchema.properties,
  definition: Nullable(LocalizedTextSchema),
  baseline: Nullable(BaselineSchema),
  tolerance: Type.Number(),
  weight: Type.Number(),
  dataSource: Nullable(Type.String()),
  ownerUnit: Nullable(Type.String()),
  outcomes: Type.Array(
    Type.Object({ code: Type.String(), name: LocalizedTextSchema, priority: Type.String() }),
  ),
  targets: Type.Array(Type.Object({ code: Type.String(), name: LocalizedTextSchema, goal: Type.String() })),
  themes: Type.Array(Type.Object({ code: Type.String(), name: LocalizedTextSchema })),
  regions: Type.Array(Type.String(), {
    description: 'Region codes the KPI is reported for (empty when not by region)',
  }),
  annualTargets: Type.Array(AnnualTargetSchema),
  revisions: Type.Array(TargetRevisionSchema),
  series: Type.Object({
    quarters: Type.Array(SeriesPointSchema),
    years: Type.Array(SeriesPointSchema),
  }),
  regionalSeries: Type.Array(
    Type.Object({ region: Type.String(), quarters: Type.Array(SeriesPointSchema) }),
    { description: 'Per region, for KPIs disaggregated by region' },
  ),
  forecast: Nullable(ForecastSchema),
  basis: FiguresBasisSchema,
});
export type KpiDetail = Static<typeof KpiDetailSchema>;

export const KpiDetailQuerySchema = Type.Object({
  include: Type.Optional(IncludeSchema),
  lang: Type.Optional(LanguageSchema),
});

const kpiFields = {
  name: Type.String({ minLength: 1, maxLength: 300 }),
  definition: Type.Optional(Nullable(Type.String({ maxLength: 4000 }))),
  unit: KpiUnitSchema,
  direction: DirectionSchema,
  aggregation: AggregationSchema,
  frequency: FrequencySchema,
  baseline: Type.Optional(Nullable(BaselineSchema)),
  tolerance: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 1 })),
  weight: Type.Optional(Type.Number({ minimum: 0, maximum: 100 })),
  dataSource: Type.Optional(Nullable(Type.String({ maxLength: 300 }))),
  ownerUnit: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
  byRegion: Type.Optional(Type.Boolean()),
};

export const CreateKpiBodySchema = Type.Object(
  {
    plan: Type.String(),
    code: Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,29}$' }),
    outcomes: Type.Array(Type.String(), {
      minItems: 1,
      description: 'Outcome codes; the first one owns the KPI',
    }),
    outputs: Type.Optional(
      Type.Array(Type.String(), { description: 'Output codes (products and services) the KPI measures' }),
    ),
    targets: Type.Optional(Type.Array(Type.String())),
    themes: Type.Optional(Type.Array(Type.String())),
    annualTargets: Type.Optional(Type.Array(AnnualTargetSchema)),
    ...kpiFields,
  },
  { additionalProperties: false },
);
export type CreateKpiBody = Static<typeof CreateKpiBodySchema>;

export const UpdateKpiBodySchema = Type.Object(
  {
    name: Type.Optional(kpiFields.name),
    definition: kpiFields.definition,
    baseline: kpiFields.baseline,
    tolerance: kpiFields.tolerance,
    weight: kpiFields.weight,
    dataSource: kpiFields.dataSource,
    ownerUnit: kpiFields.ownerUnit,
    active: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateKpiBody = Static<typeof UpdateKpiBodySchema>;

export const ReviseTargetBodySchema = Type.Object(
  {
    year: Type.Integer(),
    value: Type.Number(),
    reason: Type.String({ minLength: 3, maxLength: 2000 }),
  },
  { additionalProperties: false },
);
export type ReviseTargetBody = Static<typeof ReviseTargetBodySchema>;
