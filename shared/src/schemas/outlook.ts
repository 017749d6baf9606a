// "Will we make it?": per KPI, the target of the plan's last year, the forecast for that year, the gap and the
// year the trend meets the target (shared/src/rbm/outlook.ts), on screen and as XLSX.
import { Type, type Static } from 'typebox';
import {
  DirectionSchema,
  KpiUnitSchema,
  LanguageSchema,
  LocalizedTextSchema,
  Nullable,
  StringEnum,
} from './common.ts';
import { FiguresBasisSchema, IncludeSchema } from './figures.ts';
import { ReportPlanSchema, XLSX_CONTENT_TYPE } from './reports.ts';

export const OUTLOOK_VERDICTS = ['on_course', 'later', 'away', 'no_forecast', 'no_target'] as const;
export type OutlookVerdictCode = (typeof OUTLOOK_VERDICTS)[number];

export const OutlookQuerySchema = Type.Object(
  {
    plan: Type.Optional(
      Type.String({
        pattern: '^[A-Za-z0-9._-]{1,40}$',
        description: 'Plan code, e.g. SP-2024-2027; the active plan when omitted',
      }),
    ),
    include: Type.Optional(IncludeSchema),
    lang: Type.Optional(LanguageSchema),
    format: Type.Optional(StringEnum(['json', 'xlsx'] as const, 'json (default) or xlsx (one sheet)')),
  },
  { additionalProperties: false },
);

export const OutlookRowSchema = Type.Object({
  code: Type.String(),
  name: LocalizedTextSchema,
  sector: Type.String(),
  priority: Type.String(),
  unit: KpiUnitSchema,
  direction: DirectionSchema,
  targetYear: Type.Integer(),
  target: Nullable(
    Type.Number({ description: "The target of the plan's last year (a yearly total for sum KPIs)" }),
  ),
  forecast: Nullable(
    Type.Number({ description: 'The trend read in the target year; null with under 3 actuals' }),
  ),
  gap: Nullable(
    Type.Number({ description: 'forecast - target, negative when short of it whatever the direction' }),
  ),
  likelyYear: Nullable(
    Type.Integer({ description: 'The year the trend meets the target; null when it never does' }),
  ),
  verdict: StringEnum(OUTLOOK_VERDICTS),
});
export type OutlookRow = Static<typeof OutlookRowSchema>;

export const OutlookSchema = Type.Object({
  plan: ReportPlanSchema,
  basis: FiguresBasisSchema,
  targetYear: Type.Integer({ description: "The plan's last year" }),
  rows: Type.Array(OutlookRowSchema, { description: 'Every KPI of the plan, in framework order' }),
});
export type Outlook = Static<typeof OutlookSchema>;

export const OutlookResponseSchema = {
  description: 'The outlook as JSON, or as an XLSX workbook (one sheet, the same columns)',
  content: {
    'application/json': { schema: OutlookSchema },
    [XLSX_CONTENT_TYPE]: { schema: Type.Unsafe<Uint8Array>({ type: 'string', format: 'binary' }) },
  },
};
