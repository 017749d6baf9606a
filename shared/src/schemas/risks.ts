// The risk register (issue 15): a risk with its links to the results, its mitigation actions and the
// history of its quarterly assessments; the 5x5 heat map and the top risks per Sector. An assessment is a
// draft until a reviewer confirms it, and only confirmed assessments reach readers outside the Sector.
import { Type, type Static } from 'typebox';
import { ASSESSMENT_STATES, MITIGATION_STATUSES, RISK_CATEGORIES, RISK_TREATMENTS } from '../rbm/risk.ts';
import { Nullable, StringEnum } from './common.ts';
import { QuarterSchema } from './figures.ts';
import { IdSchema } from './kpis.ts';
import {
  ConfirmRegisterImportBodySchema,
  RegisterExportQuerySchema,
  RegisterImportBodySchema,
  RegisterImportResultSchema,
  registerImportPreviewSchema,
  type ConfirmRegisterImportBody,
  type RegisterExportQuery,
  type RegisterImportBody,
  type RegisterImportResult,
} from './register-sheet.ts';

const codePattern = '^[A-Za-z0-9._-]{1,40}$';
const Code = (description: string) => Type.String({ pattern: codePattern, description });
const Level = (description: string) => Type.Integer({ minimum: 1, maximum: 5, description });

export const RiskCategorySchema = StringEnum(RISK_CATEGORIES);
export const RiskTreatmentSchema = StringEnum(RISK_TREATMENTS);
export const MitigationStatusSchema = StringEnum(MITIGATION_STATUSES);
export const AssessmentStateSchema = StringEnum(ASSESSMENT_STATES, 'draft until a reviewer confirms it');

export const RiskRatingSchema = Type.Object(
  {
    likelihood: Level('1 rare, 2 unlikely, 3 possible, 4 likely, 5 almost certain'),
    impact: Level('1 minimal, 2 minor, 3 moderate, 4 major, 5 severe'),
  },
  { additionalProperties: false },
);
const ScoredRatingSchema = Type.Object({
  likelihood: Type.Integer(),
  impact: Type.Integer(),
  score: Type.Integer({ description: 'likelihood x impact, 1-25' }),
});

export const RiskIdParamsSchema = Type.Object({ id: IdSchema });
export const RiskPeriodParamsSchema = Type.Object({ id: IdSchema, period: QuarterSchema });

const SectorRefSchema = Type.Object({ code: Type.String(), name: Type.String() });

export const RiskAssessmentSchema = Type.Object({
  period: Type.String(),
  state: AssessmentStateSchema,
  inherent: ScoredRatingSchema,
  residual: ScoredRatingSchema,
  withinAppetite: Type.Boolean({ description: "The residual score is at or below the plan's appetite" }),
  note: Nullable(Type.String()),
  assessedBy: Nullable(Type.String()),
  assessedAt: Type.String(),
  confirmedBy: Nullable(Type.String()),
  confirmedAt: Nullable(Type.String()),
});
export type RiskAssessment = Static<typeof RiskAssessmentSchema>;

export const RiskSummarySchema = Type.Object({
  id: Type.Integer(),
  code: Type.String(),
  title: Type.String(),
  category: RiskCategorySchema,
  sector: SectorRefSchema,
  focalPoint: Nullable(Type.String()),
  treatment: RiskTreatmentSchema,
  priorities: Type.Array(Type.String(), { description: 'Codes of the linked thematic priorities' }),
  kpis: Type.Array(Type.String(), { description: 'Codes of the linked KPIs' }),
  demo: Type.Boolean({ description: 'Demonstration data (its description begins "Demo data")' }),
  /** The latest assessment you may see (confirmed only, unless the risk's Sector is in your scope). */
  latest: Nullable(RiskAssessmentSchema),
});
export type RiskSummary = Static<typeof RiskSummarySchema>;

export const MitigationActionSchema = Type.Object(
  {
    description: Type.String({ minLength: 1, maxLength: 1000 }),
    owner: Type.String({ minLength: 1, maxLength: 200 }),
    dueDate: Nullable(
      Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$', description: 'YYYY-MM-DD' }),
    ),
    status: MitigationStatusSchema,
  },
  { additionalProperties: false },
);
export const MitigationActionViewSchema = Type.Object({
  ...MitigationActionSchema.properties,
  overdue: Type.Boolean({ description: 'Due day over, neither completed nor cancelled' }),
});

export const RiskDetailSchema = Type.Object({
  ...RiskSummarySchema.properties,
  plan: Type.String(),
  description: Nullable(Type.String()),
  outcomes: Type.Array(Type.String()),
  actions: Type.Array(MitigationActionViewSchema),
  assessments: Type.Array(RiskAssessmentSchema, { description: 'The score over time, oldest first' }),
  appetite: Type.Integer({ description: "The plan's risk appetite (highest accepted residual score)" }),
  version: Type.Integer(),
  canEdit: Type.Boolean({ description: 'You may edit and assess this risk (its Sector is in your scope)' }),
  canConfirm: Type.Boolean({ description: 'You may confirm its assessments' }),
});
export type RiskDetail = Static<typeof RiskDetailSchema>;

export const RiskBodySchema = Type.Object(
  {
    code: Code('Risk code, unique in the plan, e.g. R-D-01'),
    title: Type.String({ minLength: 1, maxLength: 300 }),
    description: Nullable(Type.String({ maxLength: 5000 })),
    category: RiskCategorySchema,
    sector: Code('The owner unit: a Sector or the General Secretariat (GS)'),
    focalPoint: Nullable(Type.String({ maxLength: 200 })),
    treatment: RiskTreatmentSchema,
    priorities: Type.Array(Code('Thematic priority code'), { maxItems: 50, uniqueItems: true }),
    outcomes: Type.Array(Code('Outcome code'), { maxItems: 50, uniqueItems: true }),
    kpis: Type.Array(Code('KPI code'), { maxItems: 100, uniqueItems: true }),
    actions: Type.Array(MitigationActionSchema, { maxItems: 50 }),
  },
  { additionalProperties: false },
);
export type RiskBody = Static<typeof RiskBodySchema>;

export const CreateRiskBodySchema = Type.Object(
  {
    ...RiskBodySchema.properties,
    plan: Type.Optional(Code('Plan code; the active plan when omitted')),
  },
  { additionalProperties: false },
);
export type CreateRiskBody = Static<typeof CreateRiskBodySchema>;

export const UpdateRiskBodySchema = Type.Object(
  {
    ...RiskBodySchema.properties,
    version: Type.Integer({
      minimum: 1,
      description: 'The version you loaded (409 version_conflict otherwise)',
    }),
  },
  { additionalProperties: false },
);
export type UpdateRiskBody = Static<typeof UpdateRiskBodySchema>;

export const AssessRiskBodySchema = Type.Object(
  {
    inherent: RiskRatingSchema,
    residual: RiskRatingSchema,
    note: Nullable(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
export type AssessRiskBody = Static<typeof AssessRiskBodySchema>;

export const RiskListQuerySchema = Type.Object(
  {
    plan: Type.Optional(Code('Plan code; the active plan when omitted')),
    sector: Type.Optional(Code('Owner unit (Sector code)')),
    priority: Type.Optional(Code('Linked thematic priority')),
    kpi: Type.Optional(Code('Linked KPI')),
    category: Type.Optional(RiskCategorySchema),
    treatment: Type.Optional(RiskTreatmentSchema),
    likelihood: Type.Optional(Level('Residual likelihood of the latest assessment shown (heat map cell)')),
    impact: Type.Optional(Level('Residual impact of the latest assessment shown (heat map cell)')),
    aboveAppetite: Type.Optional(
      Type.Boolean({ description: 'Only risks above (true) or within the appetite' }),
    ),
    /** Each risk's assessment of this quarter in place of its latest (none when not assessed for it). */
    period: Type.Optional(QuarterSchema),
  },
  { additionalProperties: false },
);
export type RiskListQuery = Static<typeof RiskListQuerySchema>;

export const RiskListSchema = Type.Object({
  plan: Type.String(),
  appetite: Type.Integer(),
  items: Type.Array(RiskSummarySchema),
});
export type RiskList = Static<typeof RiskListSchema>;

export const RiskHeatMapQuerySchema = Type.Object(
  {
    plan: Type.Optional(Code('Plan code; the active plan when omitted')),
    sector: Type.Optional(Code('Only risks of this owner unit')),
    period: Type.Optional(QuarterSchema),
  },
  { additionalProperties: false },
);
export type RiskHeatMapQuery = Static<typeof RiskHeatMapQuerySchema>;

const RiskRefSchema = Type.Object({
  id: Type.Integer(),
  code: Type.String(),
  title: Type.String(),
  sector: Type.String({ description: 'Owner unit code' }),
  period: Type.String({ description: 'The quarter of the confirmed assessment placed here' }),
});

export const RiskHeatMapSchema = Type.Object({
  plan: Type.String(),
  appetite: Type.Integer(),
  asOf: Nullable(
    Type.String({ description: 'Latest confirmed assessment up to this quarter; null: the latest' }),
  ),
  confirmedOnly: Type.Literal(true, { description: 'Only confirmed assessments are placed' }),
  cells: Type.Array(
    Type.Object({
      likelihood: Type.Integer(),
      impact: Type.Integer(),
      score: Type.Integer(),
      withinAppetite: Type.Boolean(),
      count: Type.Integer(),
      risks: Type.Array(RiskRefSchema, { description: 'The drill-down: the risks in this cell' }),
    }),
    { description: '25 cells, likelihood 5 to 1, impact 1 to 5 within each' },
  ),
  unassessed: Type.Integer({ description: 'Risks without any confirmed assessment (not placed)' }),
});
export type RiskHeatMap = Static<typeof RiskHeatMapSchema>;

export const TopRisksQuerySchema = Type.Object(
  {
    plan: Type.Optional(Code('Plan code; the active plan when omitted')),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 20, default: 3 })),
  },
  { additionalProperties: false },
);
export type TopRisksQuery = Static<typeof TopRisksQuerySchema>;

export const TopRisksSchema = Type.Object({
  plan: Type.String(),
  appetite: Type.Integer(),
  confirmedOnly: Type.Literal(true, { description: 'Ranked on confirmed assessments only' }),
  sectors: Type.Array(Type.Object({ sector: SectorRefSchema, risks: Type.Array(RiskSummarySchema) }), {
    description: 'Every owner unit with risks, highest confirmed residual score first',
  }),
});
export type TopRisks = Static<typeof TopRisksSchema>;

export const KpiRisksSchema = Type.Object({ items: Type.Array(RiskSummarySchema) });
export type KpiRisks = Static<typeof KpiRisksSchema>;

// The register as a spreadsheet: exported, edited, imported back. One row per risk; mitigation actions and
// assessments are not in the sheet (they keep their values on import).
export const RISK_SHEET_HEADERS = [
  'Code',
  'Title',
  'Description',
  'Category',
  'Owner unit',
  'Focal point',
  'Treatment',
  'Priorities',
  'Outcomes',
  'KPIs',
] as const;

export const RiskExportQuerySchema = RegisterExportQuerySchema;
export type RiskExportQuery = RegisterExportQuery;
export const RiskImportBodySchema = RegisterImportBodySchema;
export type RiskImportBody = RegisterImportBody;
export const ConfirmRiskImportBodySchema = ConfirmRegisterImportBodySchema;
export type ConfirmRiskImportBody = ConfirmRegisterImportBody;

export const RISK_IMPORT_PROBLEMS = [
  'code_invalid',
  'code_repeated',
  'title_missing',
  'category_unknown',
  'treatment_unknown',
  'sector_unknown',
  'link_unknown',
] as const;

export const RiskImportProblemSchema = Type.Object({
  row: Type.Integer(),
  riskCode: Nullable(Type.String()),
  code: StringEnum(RISK_IMPORT_PROBLEMS),
  message: Type.String(),
});
export type RiskImportProblem = Static<typeof RiskImportProblemSchema>;

export const RiskImportPreviewSchema = registerImportPreviewSchema(
  { code: Type.String() },
  RiskImportProblemSchema,
);
export type RiskImportPreview = Static<typeof RiskImportPreviewSchema>;

export const RiskImportResultSchema = RegisterImportResultSchema;
export type RiskImportResult = RegisterImportResult;
