// The Resolution 59 report (issue 16): the year's intersectoral coordination for TDAG and the Council. Per
// theme what each unit did (its KPIs on the theme with their status, its activities), the joint work (activities
// run with other units, radar pairs decided joint work), the duplicates found and resolved (the radar's
// decisions with their notes, the candidates still open) and the overlapping events. Approved figures only.
import { Type, type Static } from 'typebox';
import { LANGUAGES } from '../domain.ts';
import { KpiUnitSchema, LocalizedTextSchema, Nullable, StatusSchema, StringEnum } from './common.ts';
import { RollUpSchema } from './figures.ts';
import { ReportPlanSchema, PPTX_CONTENT_TYPE, XLSX_CONTENT_TYPE } from './reports.ts';
import { ACTIVITY_KINDS, PersonSchema, RADAR_DECISIONS, RadarItemSchema } from './themes.ts';

export const THEME_REPORT_FORMATS = ['json', 'xlsx', 'pptx'] as const;

export const ThemeReportParamsSchema = Type.Object({
  year: Type.Integer({ minimum: 1900, maximum: 2999, description: 'A year of the plan' }),
});
export const ThemeReportQuerySchema = Type.Object(
  {
    plan: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9._-]{1,40}$' })),
    lang: Type.Optional(StringEnum(LANGUAGES)),
    format: Type.Optional(
      StringEnum(THEME_REPORT_FORMATS, 'json (default), xlsx (one sheet per part) or pptx (slides)'),
    ),
  },
  { additionalProperties: false },
);

export const ThemeReportKpiSchema = Type.Object({
  code: Type.String(),
  name: LocalizedTextSchema,
  status: StatusSchema,
  actual: Nullable(Type.Number()),
  target: Nullable(Type.Number({ description: "The KPI's target for the year" })),
  unit: KpiUnitSchema,
});
export type ThemeReportKpi = Static<typeof ThemeReportKpiSchema>;

export const ThemeReportActivitySchema = Type.Object({
  code: Type.String(),
  kind: StringEnum(ACTIVITY_KINDS),
  unit: Type.String({ description: 'The unit running it' }),
  participants: Type.Array(Type.String(), { description: 'Other units taking part' }),
  region: Nullable(Type.String()),
  startDate: Type.String(),
  endDate: Type.String(),
  title: LocalizedTextSchema,
  themes: Type.Array(Type.String()),
});
export type ThemeReportActivity = Static<typeof ThemeReportActivitySchema>;

export const ThemeReportThemeSchema = Type.Object({
  code: Type.String(),
  name: LocalizedTextSchema,
  coordinator: Nullable(PersonSchema),
  rollUp: RollUpSchema,
  units: Type.Array(
    Type.Object({
      unit: Type.String(),
      kpis: Type.Array(ThemeReportKpiSchema, { description: 'KPIs of the unit tagged with the theme' }),
      activities: Type.Array(Type.String(), {
        description: 'Codes of its activities on the theme in the year',
      }),
    }),
    { description: 'Units with a KPI or an activity on the theme, in their usual order' },
  ),
  openCandidates: Type.Integer({ description: 'Radar candidates on the theme still undecided today' }),
});
export type ThemeReportTheme = Static<typeof ThemeReportThemeSchema>;

export const ThemeReportDecisionSchema = Type.Object({
  theme: Type.String(),
  a: RadarItemSchema,
  b: RadarItemSchema,
  decision: StringEnum(RADAR_DECISIONS),
  note: Type.String(),
  decidedAt: Type.String(),
});
export type ThemeReportDecision = Static<typeof ThemeReportDecisionSchema>;

export const ThemeReportOverlapSchema = Type.Object({
  a: Type.String({ description: 'Code of one event' }),
  b: Type.String({ description: 'Code of the other event' }),
  themes: Type.Array(Type.String(), { description: 'The themes both share' }),
});
export type ThemeReportOverlap = Static<typeof ThemeReportOverlapSchema>;

export const ThemeReportSchema = Type.Object({
  plan: ReportPlanSchema,
  year: Type.Integer(),
  due: Type.Boolean({ description: "Whether the year's Q4 is complete" }),
  yearToDate: Nullable(
    Type.String({ description: 'For a year under way: the quarter its figures stand at; null otherwise' }),
  ),
  basis: Type.Object({ values: Type.Literal('approved'), period: Type.String() }),
  themes: Type.Array(ThemeReportThemeSchema),
  activities: Type.Array(ThemeReportActivitySchema, {
    description: 'Every activity whose dates fall in the year, by first day',
  }),
  joint: Type.Object({
    activities: Type.Array(Type.String(), {
      description: 'Codes of the activities with other units taking part',
    }),
    decisions: Type.Array(ThemeReportDecisionSchema, {
      description: "Radar pairs decided 'joint work' in the year",
    }),
  }),
  duplicates: Type.Object({
    counts: Type.Object(
      Object.fromEntries(RADAR_DECISIONS.map((d) => [d, Type.Integer()])) as Record<
        (typeof RADAR_DECISIONS)[number],
        ReturnType<typeof Type.Integer>
      >,
    ),
    decisions: Type.Array(ThemeReportDecisionSchema, { description: 'Radar decisions taken in the year' }),
    open: Type.Integer({ description: 'Radar candidates still undecided today, every theme' }),
  }),
  overlaps: Type.Array(ThemeReportOverlapSchema, {
    description: 'Events of different units on a shared theme, same region, overlapping dates, in the year',
  }),
});
export type ThemeReport = Static<typeof ThemeReportSchema>;

export const ThemeReportResponseSchema = {
  description:
    'The report as JSON, or as a download in the language asked for (`lang`, right to left in Arabic): XLSX ' +
    '(sheets Summary, Themes, Activities, Joint work, Decisions, Overlaps; A4 landscape) or PowerPoint (a title ' +
    'slide, a chart of KPIs by status per theme, the joint work, the duplicates and the overlaps), named ' +
    '`resolution-59-report-<plan>-<year>-<lang>.<ext>`',
  content: {
    'application/json': { schema: ThemeReportSchema },
    [XLSX_CONTENT_TYPE]: { schema: Type.Unsafe<Uint8Array>({ type: 'string', format: 'binary' }) },
    [PPTX_CONTENT_TYPE]: { schema: Type.Unsafe<Uint8Array>({ type: 'string', format: 'binary' }) },
  },
};
