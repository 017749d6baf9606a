// MoUs as a spreadsheet: exported, edited, imported back (the pattern of the commitments sheet). One row per
// MoU as the reader sees it; a changed or new MoU is a draft until a reviewer of its unit confirms it.
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

export const MOU_SHEET_HEADERS = [
  'Code',
  'Partner',
  'Type',
  'Signed date',
  'Expiry date',
  'Amount',
  'Currency',
  'Strategic implications',
  'Status',
  'Owner unit',
  'Region',
  'Priorities',
  'Themes',
] as const;

export const MouExportQuerySchema = RegisterExportQuerySchema;
export type MouExportQuery = RegisterExportQuery;
export const MouImportBodySchema = RegisterImportBodySchema;
export type MouImportBody = RegisterImportBody;
export const ConfirmMouImportBodySchema = ConfirmRegisterImportBodySchema;
export type ConfirmMouImportBody = ConfirmRegisterImportBody;

export const MOU_IMPORT_PROBLEMS = [
  'code_invalid',
  'code_repeated',
  'partner_missing',
  'choice_unknown',
  'date_invalid',
  'amount_invalid',
  'amount_without_currency',
  'sector_unknown',
  'region_unknown',
  'link_unknown',
] as const;

export const MouImportProblemSchema = Type.Object({
  row: Type.Integer(),
  mouCode: Nullable(Type.String()),
  column: Type.String({ description: 'The header of the bad cell' }),
  code: StringEnum(MOU_IMPORT_PROBLEMS),
  message: Type.String(),
});
export type MouImportProblem = Static<typeof MouImportProblemSchema>;

export const MouImportPreviewSchema = registerImportPreviewSchema(
  { code: Type.String() },
  MouImportProblemSchema,
);
export type MouImportPreview = Static<typeof MouImportPreviewSchema>;

export const MouImportResultSchema = RegisterImportResultSchema;
export type MouImportResult = RegisterImportResult;
