// The compliance dashboard as a spreadsheet: exported, edited, imported back. One row per recommendation,
// keyed by body, report and number; its state columns are the latest state the reader may see, and a row
// whose state differs proposes a new state (a draft for the unit's reviewer to confirm).
import { Type, type Static } from 'typebox';
import { Nullable, StringEnum } from './common.ts';
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

export const RecommendationExportQuerySchema = RegisterExportQuerySchema;
export type RecommendationExportQuery = RegisterExportQuery;
export const RecommendationImportBodySchema = RegisterImportBodySchema;
export type RecommendationImportBody = RegisterImportBody;
export const ConfirmRecommendationImportBodySchema = ConfirmRegisterImportBodySchema;
export type ConfirmRecommendationImportBody = ConfirmRegisterImportBody;

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

export const RecommendationImportPreviewSchema = registerImportPreviewSchema(
  { reference: Type.String({ description: 'Report and number, e.g. JIU/REP/2023/4 #2' }) },
  RecommendationImportProblemSchema,
);
export type RecommendationImportPreview = Static<typeof RecommendationImportPreviewSchema>;

export const RecommendationImportResultSchema = RegisterImportResultSchema;
export type RecommendationImportResult = RegisterImportResult;
