// The units' activities as a spreadsheet: exported, edited, imported back with a preview that writes nothing.
// An activity is known by its code; the counts and change kinds are the registers' (register-sheet.ts).
import { Type, type Static } from 'typebox';
import { LANGUAGES } from '../domain.ts';
import { Nullable, StringEnum } from './common.ts';
import { ImportFileBodySchema, SPREADSHEET_FORMATS } from './imports.ts';
import { ROW_CHANGES, RegisterImportCountsSchema } from './register-sheet.ts';

export const ACTIVITY_SHEET_HEADERS = [
  'Code',
  'Kind',
  'Unit',
  'Region',
  'Start',
  'End',
  'Themes',
  'Other units',
  'Partners',
  ...LANGUAGES.flatMap((l) => [`Title (${l})` as const, `Description (${l})` as const]),
] as const;

export const ActivityExportQuerySchema = Type.Object(
  { format: Type.Optional(StringEnum(SPREADSHEET_FORMATS, 'xlsx (default) or csv')) },
  { additionalProperties: false },
);
export type ActivityExportQuery = Static<typeof ActivityExportQuerySchema>;

export const ActivityImportBodySchema = ImportFileBodySchema;
export type ActivityImportBody = Static<typeof ActivityImportBodySchema>;
export const ConfirmActivityImportBodySchema = Type.Object(
  {
    ...ImportFileBodySchema.properties,
    token: Type.String({
      minLength: 1,
      maxLength: 200,
      description:
        "The preview's token: refused (409 import_stale) if the file or the activities changed since",
    }),
  },
  { additionalProperties: false },
);
export type ConfirmActivityImportBody = Static<typeof ConfirmActivityImportBodySchema>;

export const ACTIVITY_IMPORT_PROBLEMS = [
  'code_invalid',
  'activity_repeated',
  'kind_unknown',
  'unit_unknown',
  'region_unknown',
  'date_invalid',
  'end_before_start',
  'theme_unknown',
  'participant_invalid',
  'partners_invalid',
  'title_missing',
  'text_too_long',
] as const;
export type ActivityImportProblemCode = (typeof ACTIVITY_IMPORT_PROBLEMS)[number];

export const ActivityImportProblemSchema = Type.Object({
  row: Type.Integer({ description: 'Row number in the file (the header is row 1)' }),
  cell: Type.String({ description: 'The cell at fault, e.g. E4' }),
  activity: Nullable(Type.String({ description: 'The code, when readable' })),
  code: StringEnum(ACTIVITY_IMPORT_PROBLEMS),
  message: Type.String(),
});
export type ActivityImportProblem = Static<typeof ActivityImportProblemSchema>;

export const ActivityImportPreviewSchema = Type.Object({
  format: StringEnum(SPREADSHEET_FORMATS),
  counts: RegisterImportCountsSchema,
  rows: Type.Array(
    Type.Object({
      row: Type.Integer({ description: 'Row number in the file (the header is row 1)' }),
      activity: Type.String({ description: 'The code' }),
      unit: Type.String(),
      change: StringEnum(ROW_CHANGES),
    }),
  ),
  invalid: Type.Array(ActivityImportProblemSchema, {
    description: 'Every bad row with its reason and cell; while there is one, confirming is refused',
  }),
  token: Type.String({ description: 'Send it back to confirm exactly this preview' }),
});
export type ActivityImportPreview = Static<typeof ActivityImportPreviewSchema>;

export const ActivityImportResultSchema = Type.Object({
  created: Type.Integer(),
  updated: Type.Integer(),
  unchanged: Type.Integer(),
});
export type ActivityImportResult = Static<typeof ActivityImportResultSchema>;
