// Commitments as a spreadsheet: exported, edited, imported back (the pattern of the risk register). One row
// per commitment; progress notes are not in the sheet (they keep their values on import).
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

export const COMMITMENT_SHEET_HEADERS = [
  'Code',
  'Source',
  'Source name',
  'Source year',
  'Title',
  'Title (fr)',
  'Title (es)',
  'Title (ar)',
  'Title (ru)',
  'Title (zh)',
  'Owner unit',
  'Internal or external',
  'Horizon',
  'Pillar',
  'Due date',
  'Priorities',
  'KPIs',
  'Risks',
] as const;

export const CommitmentExportQuerySchema = RegisterExportQuerySchema;
export type CommitmentExportQuery = RegisterExportQuery;
export const CommitmentImportBodySchema = RegisterImportBodySchema;
export type CommitmentImportBody = RegisterImportBody;
export const ConfirmCommitmentImportBodySchema = ConfirmRegisterImportBodySchema;
export type ConfirmCommitmentImportBody = ConfirmRegisterImportBody;

export const COMMITMENT_IMPORT_PROBLEMS = [
  'code_invalid',
  'code_repeated',
  'title_missing',
  'source_invalid',
  'choice_unknown',
  'date_invalid',
  'sector_unknown',
  'link_unknown',
] as const;

export const CommitmentImportProblemSchema = Type.Object({
  row: Type.Integer(),
  commitmentCode: Nullable(Type.String()),
  code: StringEnum(COMMITMENT_IMPORT_PROBLEMS),
  message: Type.String(),
});
export type CommitmentImportProblem = Static<typeof CommitmentImportProblemSchema>;

export const CommitmentImportPreviewSchema = registerImportPreviewSchema(
  { code: Type.String() },
  CommitmentImportProblemSchema,
);
export type CommitmentImportPreview = Static<typeof CommitmentImportPreviewSchema>;

export const CommitmentImportResultSchema = RegisterImportResultSchema;
export type CommitmentImportResult = RegisterImportResult;
