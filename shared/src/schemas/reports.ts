// Published figures for the Council and the management retreat: the annual implementation report, the
// side-by-side comparison with its quarterly heatmap, and the ICT statistics the plan's targets are measured by.
import { Type, type Static } from 'typebox';
import { REVIEW_STATUSES } from '../domain.ts';
import {
  DirectionSchema,
  KpiUnitSchema,
  LanguageSchema,
  LocalizedTextSchema,
  Nullable,
  StatusSchema,
  StringEnum,
  provenanceProperties,
} from './common.ts';
import { FiguresBasisSchema, IncludeSchema, PeriodSchema, QuarterSchema, RollUpSchema } from './figures.ts';
import { ReportRegistersSchema, SectorRegistersSchema } from './report-registers.ts';

const PlanQuerySchema = Type.String({
  pattern: '^[A-Za-z0-9._-]{1,40}$',
  description: 'Plan code, e.g. SP-2024-2027; the active plan when omitted',
});

const NarrativeSourceSchema = StringEnum(
  REVIEW_STATUSES,
  'Status of the quarterly review the text comes from',
);

/** The plan a report is about, named in the language asked for. */
export const ReportPlanSchema = Type.Object({ code: Type.String(), name: LocalizedTextSchema });
export type ReportPlan = Static<typeof ReportPlanSchema>;

/** A goal, Sector, priority or region scored as one. */
export const ReportGroupSchema = Type.Object({
  code: Type.String(),
  name: LocalizedTextSchema,
  rollUp: RollUpSchema,
});
export type ReportGroup = Static<typeof ReportGroupSchema>;

// ---------------------------------------------------------------------------------------------------------
// Annual implementation report

export const REPORT_FORMATS = ['json', 'csv', 'xlsx', 'pptx'] as const;

export const AnnualReportParamsSchema = Type.Object({
  year: Type.Integer({ minimum: 1900, maximum: 2999, description: 'A year of the plan' }),
});

export const AnnualReportQuerySchema = Type.Object(
  {
    plan: Type.Optional(PlanQuerySchema),
    include: Type.Optional(IncludeSchema),
    lang: Type.Optional(LanguageSchema),
    format: Type.Optional(
      StringEnum(
        REPORT_FORMATS,
        'json (default), csv (one table), xlsx (one sheet per part) or pptx (one slide per goal and Sector)',
      ),
    ),
  },
  { additionalProperties: false },
);

export const AnnualSectorSchema = Type.Object({
  code: Type.String(),
  name: LocalizedTextSchema,
  rollUp: RollUpSchema,
  priorities: Type.Array(ReportGroupSchema),
});

/** What the reviewers wrote about the owning priority in the year's latest due quarter. */
export const OffTrackNarrativeSchema = Type.Object({
  period: QuarterSchema,
  status: NarrativeSourceSchema,
  challenges: Nullable(Type.String()),
  improvements: Nullable(Type.String()),
});

export const OffTrackKpiSchema = Type.Object({
  code: Type.String(),
  name: LocalizedTextSchema,
  priority: Type.String({ description: 'Code of the owning thematic priority' }),
  sector: Type.String({ description: 'Code of the owning Sector' }),
  status: StatusSchema,
  actual: Nullable(Type.Number()),
  expected: Nullable(Type.Number()),
  ratio: Nullable(Type.Number()),
  target: Nullable(Type.Number({ description: "The KPI's target for the year" })),
  unit: KpiUnitSchema,
  narrative: Nullable(OffTrackNarrativeSchema),
});
export type OffTrackKpi = Static<typeof OffTrackKpiSchema>;

/** A KPI whose year figure reached its target. */
export const AchievedKpiSchema = Type.Object({
  code: Type.String(),
  name: LocalizedTextSchema,
  priority: Type.String({ description: 'Code of the owning thematic priority' }),
  sector: Type.String({ description: 'Code of the owning Sector' }),
  actual: Nullable(Type.Number()),
  target: Nullable(Type.Number({ description: "The KPI's target for the year" })),
  unit: KpiUnitSchema,
});
export type AchievedKpi = Static<typeof AchievedKpiSchema>;

export const AchievementSchema = Type.Object({
  priority: Type.String({ description: 'Thematic priority code' }),
  period: QuarterSchema,
  status: NarrativeSourceSchema,
  text: Type.String(),
});
export type Achievement = Static<typeof AchievementSchema>;

export const AnnualReportSchema = Type.Object({
  plan: ReportPlanSchema,
  year: Type.Integer(),
  due: Type.Boolean({
    description:
      "Whether the year's figures are due (its Q4 is complete); before that every year figure is not_due",
  }),
  latestDueQuarter: Nullable(
    Type.String({ description: 'The latest complete quarter of the year; null before the year starts' }),
  ),
  yearToDate: Nullable(
    Type.String({
      description:
        'For a year under way: the quarter its figures stand at (the latest one every priority has in this basis); ' +
        'every figure is then year to date, as of that quarter. Null for a year that is due or not begun',
    }),
  ),
  basis: FiguresBasisSchema,
  overall: RollUpSchema,
  goals: Type.Array(ReportGroupSchema),
  sectors: Type.Array(AnnualSectorSchema),
  offTrack: Type.Array(OffTrackKpiSchema, { description: 'KPIs off track for the year, worst ratio first' }),
  achieved: Type.Array(AchievedKpiSchema, { description: 'KPIs achieved for the year, by code' }),
  achievements: Type.Array(AchievementSchema, {
    description: "Achievements from the year's quarterly reviews, latest quarter first",
  }),
  registers: ReportRegistersSchema,
});
export type AnnualReport = Static<typeof AnnualReportSchema>;

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';
export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const PPTX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

/** The 200 answer in each format (OpenAPI documents all three; the JSON one is AnnualReportSchema). */
export const AnnualReportResponseSchema = {
  description:
    'The report as JSON, or as a download: CSV (RFC 4180, UTF-8 with BOM, first line naming plan, year and ' +
    'basis), XLSX (sheets Summary, Goals, Sectors, Priorities, Off track, Achieved, Achievements; A4 landscape) or PowerPoint (a ' +
    'title slide, one slide per goal and per Sector with a native chart, the KPIs off track, the KPIs ' +
    'achieved), in the language asked for (`lang`, right to left in Arabic), named `...-<year>-<lang>.<ext>`',
  content: {
    'application/json': { schema: AnnualReportSchema },
    'text/csv': { schema: Type.String() },
    [XLSX_CONTENT_TYPE]: { schema: Type.Unsafe<Uint8Array>({ type: 'string', format: 'binary' }) },
    [PPTX_CONTENT_TYPE]: { schema: Type.Unsafe<Uint8Array>({ type: 'string', format: 'binary' }) },
  },
};

// ---------------------------------------------------------------------------------------------------------
// Comparison for the retreat

export const COMPARE_GROUPINGS = ['sector', 'priority', 'region'] as const;
export type CompareGrouping = (typeof COMPARE_GROUPINGS)[number];

export const COMPARE_FORMATS = ['json', 'pptx'] as const;

export const CompareQuerySchema = Type.Object(
  {
    plan: Type.Optional(PlanQuerySchema),
    period: Type.Optional(
      Type.String({
        pattern: '^\\d{4}(-Q[1-4])?$',
        description:
          'A quarter or a year of the plan; the last complete quarter (within the plan) when omitted',
      }),
    ),
    by: Type.Optional(StringEnum(COMPARE_GROUPINGS, 'What to compare (default sector)')),
    include: Type.Optional(IncludeSchema),
    lang: Type.Optional(LanguageSchema),
    format: Type.Optional(
      StringEnum(
        COMPARE_FORMATS,
        'json (default) or pptx: the retreat deck, one slide per Sector whatever `by` (heatmap row, status, forecasts)',
      ),
    ),
  },
  { additionalProperties: false },
);

export const CompareGroupSchema = Type.Object({
  code: Type.String(),
  name: LocalizedTextSchema,
  sector: Nullable(Type.String({ description: "A priority's Sector code; null for Sectors and regions" })),
  rollUp: RollUpSchema,
  rank: Nullable(
    Type.Integer({
      minimum: 1,
      description:
        'By score as displayed (whole percent), highest first; equal scores share a rank (1, 1, 3). Null when the ' +
        'group has no score or its score stands on fewer than minKpisToRank rated KPIs: listed apart, unranked',
    }),
  ),
});
export type CompareGroup = Static<typeof CompareGroupSchema>;

export const HeatmapCellSchema = Type.Object({
  period: QuarterSchema,
  score: Nullable(Type.Number()),
  status: StatusSchema,
});

export const HeatmapSchema = Type.Object({
  periods: Type.Array(QuarterSchema, { description: "The plan's quarters up to the period compared" }),
  rows: Type.Array(
    Type.Object({
      code: Type.String(),
      name: LocalizedTextSchema,
      cells: Type.Array(HeatmapCellSchema),
    }),
  ),
});
export type Heatmap = Static<typeof HeatmapSchema>;

export const ComparisonSchema = Type.Object({
  plan: ReportPlanSchema,
  basis: FiguresBasisSchema,
  by: StringEnum(COMPARE_GROUPINGS),
  period: PeriodSchema,
  completeQuarter: Nullable(
    Type.String({
      description:
        'The latest quarter for which every priority that reports has its figures in this basis (the default period)',
    }),
  ),
  periods: Type.Array(PeriodSchema, { description: "The plan's quarters up to the last complete one" }),
  groups: Type.Array(CompareGroupSchema, { description: 'Ranked, best first; unranked groups last' }),
  heatmap: HeatmapSchema,
  thresholds: Type.Object(
    { onTrack: Type.Number(), atRisk: Type.Number() },
    { description: "The plan's status thresholds: the heatmap's colour bands" },
  ),
  minKpisToRank: Type.Integer({ description: 'Rated KPIs a group needs behind its score to be ranked' }),
  registers: Type.Array(SectorRegistersSchema, {
    description:
      "Each Sector's risks and oversight recommendations as last confirmed (whatever the grouping, whoever reads)",
  }),
});
export type Comparison = Static<typeof ComparisonSchema>;

/** The 200 answer: the comparison as JSON, or the retreat deck (`format=pptx`). */
export const ComparisonResponseSchema = {
  description:
    'The comparison as JSON, or the retreat deck as PowerPoint (a title slide, then one slide per Sector: its ' +
    "heatmap row by quarter, its KPIs by status, and the forecast of its KPIs for the plan's last year), in the " +
    'language asked for (`lang`, right to left in Arabic), named `<plan>-retreat-<period>-<lang>.pptx`',
  content: {
    'application/json': { schema: ComparisonSchema },
    [PPTX_CONTENT_TYPE]: { schema: Type.Unsafe<Uint8Array>({ type: 'string', format: 'binary' }) },
  },
};

// ---------------------------------------------------------------------------------------------------------
// Published ICT statistics

export const StatsQuerySchema = Type.Object(
  {
    indicator: Type.Optional(
      Type.String({
        pattern: '^[A-Za-z0-9_.-]{1,60}$',
        description: 'Indicator code, e.g. internet_use_pct',
      }),
    ),
    area: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 40,
        description: 'A region code (AFR) or an aggregate (World, LDCs); case-insensitive',
      }),
    ),
    lang: Type.Optional(LanguageSchema),
  },
  { additionalProperties: false },
);

export const StatisticPointSchema = Type.Object({
  year: Type.Integer(),
  value: Type.Number(),
  edition: Type.String({ description: 'The publication, e.g. FF25; empty when unknown' }),
  latestEdition: Type.Boolean({
    description: "The most recent edition's value for this area and year: draw one line through these",
  }),
  ...provenanceProperties,
});
export type StatisticPoint = Static<typeof StatisticPointSchema>;

export const StatisticSeriesSchema = Type.Object({
  area: Type.String(),
  points: Type.Array(StatisticPointSchema, { description: 'By year, then oldest edition first' }),
});

export const StatisticTargetSchema = Type.Object({
  plan: Type.String({ description: 'Code of the plan the target belongs to' }),
  code: Type.String(),
  name: LocalizedTextSchema,
  value: Nullable(Type.Number()),
  unit: Type.String(),
  deadlineYear: Type.Integer(),
  baseline: Nullable(Type.Object({ value: Type.Number(), year: Type.Integer() })),
});

export const StatisticIndicatorSchema = Type.Object({
  code: Type.String(),
  name: LocalizedTextSchema,
  unit: Type.String(),
  direction: DirectionSchema,
  targets: Type.Array(StatisticTargetSchema, { description: 'Plan targets measured by this indicator' }),
  series: Type.Array(StatisticSeriesSchema, {
    description: 'World first, then the ITU regions, then other aggregates by name',
  }),
});
export type StatisticIndicator = Static<typeof StatisticIndicatorSchema>;

export const StatisticsSchema = Type.Object({
  indicators: Type.Array(StatisticIndicatorSchema),
});
export type Statistics = Static<typeof StatisticsSchema>;
