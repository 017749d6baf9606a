// The compliance dashboard as a spreadsheet: exported, edited, imported back. One row per recommendation,
// keyed by body, report and number; its state columns are the latest state the reader may see, and a row
// whose state differs proposes a new state (a draft for the unit's reviewer to confirm).
import { Type, type Static } from 'typebox';
import { Nullable, StringEnum } from './common.ts';
import { ImportFileBodySchema, SPREADSHEET_FORMATS } from './imports.ts';

const PlanCode = Type.String({
  pattern: '^[A-Za-z0-9._-]{1,40}$',
  description: 'Plan code; the active plan when omitted',
});

export const RECOMMENDATION_SHEET_HEADERS = [
  'Body',
  'Report',
  'Report date',
  'Number',
  'Text',
  'Addressee',
  'Priority',
  'Responsible unit',
  'Priorities',
  'KPIs',
  'Risks',
  'Acceptance',
  'Implementation',
  'Target date',
  'Evidence',
  'Note',
] as const;

export const RecommendationExportQuerySchema = Type.Object(
  {
    plan: Type.Optional(PlanCode),
    format: Type.Optional(StringEnum(SPREADSHEET_FORMATS, 'xlsx (default) or csv')),
  },
  { additionalProperties: false },
);
export type RecommendationExportQuery = Static<typeof RecommendationExportQuerySchema>;

export const RecommendationImportBodySchema = Type.Object(
  {
    ...ImportFileBodySchema.properties,
    plan: Type.Optional(PlanCode),
  },
  { additionalProperties: false },
);
export type RecommendationImportBody = Static<typeof RecommendationImportBodySchema>;

export const ConfirmRecommendationImportBodySchema = Type.Object(
  {
    ...RecommendationImportBodySchema.properties,
    token: Type.String({
      minLength: 1,
      maxLength: 200,
      description:
        "The preview's token: refused (409 import_stale) if the file or the register changed since",
    }),
  },
  { additionalProperties: false },
);
export type ConfirmRecommendationImportBody = Static<typeof ConfirmRecommendationImportBodySchema>;

export const RECOMMENDATION_IMPORT_PROBLEMS = [
  'body_unknown',
  'reference_invalid',
  'reference_repeated',
  'date_invalid',
  'text_missing',
  'addressee_unknown',
  'priority_unknown',
  'sector_unknown',
  'link_unknown',
  'acceptance_unknown',
  'implementation_unknown',
  'evidence_invalid',
  'note_too_long',
] as const;

export const RecommendationImportProblemSchema = Type.Object({
  row: Type.Integer({ description: 'Row number in the file (the header is row 1)' }),
  cell: Type.String({ description: 'The cell to correct, e.g. C7' }),
  column: Type.String({ description: 'Its column header' }),
  reference: Nullable(Type.String({ description: 'The row’s report and number, when readable' })),
  code: StringEnum(RECOMMENDATION_IMPORT_PROBLEMS),
  message: Type.String(),
});
export type RecommendationImportProblem = Static<typeof RecommendationImportProblemSchema>;

export const RecommendationImportPreviewSchema = Type.Object({
  plan: Type.String(),
  format: StringEnum(SPREADSHEET_FORMATS),
  counts: Type.Object({
    new: Type.Integer(),
    changed: Type.Integer(),
    unchanged: Type.Integer(),
    invalid: Type.Integer(),
  }),
  rows: Type.Array(
    Type.Object({
      row: Type.Integer({ description: 'Row number in the file (the header is row 1)' }),
      reference: Type.String({ description: 'Report and number, e.g. JIU/REP/2023/4 #2' }),
      change: StringEnum(['new', 'changed', 'unchanged'] as const),
    }),
  ),
  invalid: Type.Array(RecommendationImportProblemSchema, {
    description: 'Every bad row with its reason and cell; while there is one, confirming is refused',
  }),
  token: Type.String({ description: 'Send it back to confirm exactly this preview' }),
});
export type RecommendationImportPreview = Static<typeof RecommendationImportPreviewSchema>;

export const RecommendationImportResultSchema = Type.Object({
  plan: Type.String(),
  created: Type.Integer(),
  updated: Type.Integer(),
  unchanged: Type.Integer(),
});
export type RecommendationImportResult = Static<typeof RecommendationImportResultSchema>;
