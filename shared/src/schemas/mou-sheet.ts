// MoUs as a spreadsheet: exported, edited, imported back (the pattern of the commitments sheet). One row per
// MoU as the reader sees it; a changed or new MoU is a draft until a reviewer of its unit confirms it.
import { Type, type Static } from 'typebox';
import { Nullable, StringEnum } from './common.ts';
import { ImportFileBodySchema, SPREADSHEET_FORMATS } from './imports.ts';

const Code = (description: string) => Type.String({ pattern: '^[A-Za-z0-9._-]{1,40}$', description });

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

export const MouExportQuerySchema = Type.Object(
  {
    plan: Type.Optional(Code('Plan code; the active plan when omitted')),
    format: Type.Optional(StringEnum(SPREADSHEET_FORMATS, 'xlsx (default) or csv')),
  },
  { additionalProperties: false },
);
export type MouExportQuery = Static<typeof MouExportQuerySchema>;

export const MouImportBodySchema = Type.Object(
  {
    ...ImportFileBodySchema.properties,
    plan: Type.Optional(Code('Plan code; the active plan when omitted')),
  },
  { additionalProperties: false },
);
export type MouImportBody = Static<typeof MouImportBodySchema>;

export const ConfirmMouImportBodySchema = Type.Object(
  {
    ...MouImportBodySchema.properties,
    token: Type.String({
      minLength: 1,
      maxLength: 200,
      description: "The preview's token: refused (409 import_stale) if the file or the MoUs changed since",
    }),
  },
  { additionalProperties: false },
);
export type ConfirmMouImportBody = Static<typeof ConfirmMouImportBodySchema>;

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

export const MouImportPreviewSchema = Type.Object({
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
      code: Type.String(),
      change: StringEnum(['new', 'changed', 'unchanged'] as const),
    }),
  ),
  invalid: Type.Array(MouImportProblemSchema, {
    description: 'Every bad row with its reason and cell; while there is one, confirming is refused',
  }),
  token: Type.String({ description: 'Send it back to confirm exactly this preview' }),
});
export type MouImportPreview = Static<typeof MouImportPreviewSchema>;

export const MouImportResultSchema = Type.Object({
  plan: Type.String(),
  created: Type.Integer(),
  updated: Type.Integer(),
  unchanged: Type.Integer(),
});
export type MouImportResult = Static<typeof MouImportResultSchema>;
