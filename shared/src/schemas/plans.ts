// Plans and the framework tree: goals -> targets; Sectors -> thematic priorities -> outcomes -> KPIs.
import { Type, type Static } from 'typebox';
import {
  AggregationSchema,
  DirectionSchema,
  FrequencySchema,
  KpiUnitSchema,
  LanguageSchema,
  LocalizedTextSchema,
  Nullable,
  PlanStatusSchema,
  provenanceProperties,
} from './common.ts';

export const PlanSchema = Type.Object({
  code: Type.String(),
  name: LocalizedTextSchema,
  startYear: Type.Integer(),
  endYear: Type.Integer(),
  status: PlanStatusSchema,
  thresholds: Type.Object({
    onTrack: Type.Number({ description: 'Ratio from which a KPI is on track (default 0.90)' }),
    atRisk: Type.Number({ description: 'Ratio from which a KPI is at risk (default 0.60)' }),
  }),
  reportingDeadlineDays: Type.Integer({
    description: 'Days after a quarter ends by which its values are due',
  }),
});
export type Plan = Static<typeof PlanSchema>;

export const PlanListSchema = Type.Object({ items: Type.Array(PlanSchema) });
export type PlanList = Static<typeof PlanListSchema>;

export const FrameworkTargetSchema = Type.Object({
  code: Type.String(),
  name: LocalizedTextSchema,
  description: Nullable(LocalizedTextSchema),
  value: Nullable(Type.Number()),
  unit: Type.String(),
  direction: DirectionSchema,
  deadlineYear: Type.Integer(),
  baseline: Nullable(Type.Object({ value: Type.Number(), year: Type.Integer() })),
  indicator: Nullable(
    Type.Object(
      { code: Type.String(), name: LocalizedTextSchema },
      { description: 'The published statistic that measures the target' },
    ),
  ),
  kpiCount: Type.Integer(),
  ...provenanceProperties,
});

export const FrameworkGoalSchema = Type.Object({
  code: Type.String(),
  name: LocalizedTextSchema,
  description: Nullable(LocalizedTextSchema),
  targets: Type.Array(FrameworkTargetSchema),
  ...provenanceProperties,
});

export const FrameworkKpiSchema = Type.Object({
  id: Type.Integer(),
  code: Type.String(),
  name: LocalizedTextSchema,
  unit: KpiUnitSchema,
  direction: DirectionSchema,
  aggregation: AggregationSchema,
  frequency: FrequencySchema,
  byRegion: Type.Boolean(),
  ownerPriority: Type.String({ description: 'Code of the thematic priority whose planners report it' }),
  ...provenanceProperties,
});
export type FrameworkKpi = Static<typeof FrameworkKpiSchema>;

export const FrameworkOutcomeSchema = Type.Object({
  code: Type.String(),
  name: LocalizedTextSchema,
  kpis: Type.Array(FrameworkKpiSchema),
  ...provenanceProperties,
});

export const FrameworkPrioritySchema = Type.Object({
  code: Type.String(),
  name: LocalizedTextSchema,
  description: Nullable(LocalizedTextSchema),
  outcomes: Type.Array(FrameworkOutcomeSchema),
  ...provenanceProperties,
});
export type FrameworkPriority = Static<typeof FrameworkPrioritySchema>;

export const FrameworkSectorSchema = Type.Object({
  code: Type.String(),
  name: LocalizedTextSchema,
  priorities: Type.Array(FrameworkPrioritySchema),
});
export type FrameworkSector = Static<typeof FrameworkSectorSchema>;

export const FrameworkThemeSchema = Type.Object({
  code: Type.String(),
  name: LocalizedTextSchema,
  kpiCodes: Type.Array(Type.String()),
  sectors: Type.Array(Type.String({ description: 'Sectors whose KPIs serve the theme' })),
  ...provenanceProperties,
});

export const FrameworkSchema = Type.Object({
  plan: PlanSchema,
  language: LanguageSchema,
  goals: Type.Array(FrameworkGoalSchema),
  sectors: Type.Array(FrameworkSectorSchema),
  themes: Type.Array(FrameworkThemeSchema),
});
export type Framework = Static<typeof FrameworkSchema>;
