// A new edition of the published ICT statistics (e.g. Facts and Figures 2026) as a sheet: one row per
// indicator, area, year and edition, previewed (nothing written) before it is confirmed. Editions are
// kept side by side; the overview draws the newest edition of each year.
import { Type, type Static } from 'typebox';
import { Nullable, StringEnum } from './common.ts';
import { ImportFileBodySchema, SPREADSHEET_FORMATS } from './imports.ts';

/** The sheet's columns, in order (matched by name, case-insensitively). */
export const STATISTICS_SHEET_HEADERS = ['Indicator', 'Area', 'Year', 'Value', 'Edition', 'Source'] as const;

export const STATISTICS_IMPORT_PROBLEMS = [
  'indicator_unknown',
  'area_unknown',
  'year_invalid',
  'value_invalid',
  'edition_missing',
  'source_invalid',
  'row_repeated',
] as const;
export type StatisticsImportProblemCode = (typeof STATISTICS_IMPORT_PROBLEMS)[number];

export const StatisticsImportBodySchema = ImportFileBodySchema;
export type StatisticsImportBody = Static<typeof StatisticsImportBodySchema>;

export const ConfirmStatisticsImportBodySchema = Type.Object(
  {
    ...ImportFileBodySchema.properties,
    token: Type.String({
      minLength: 1,
      maxLength: 200,
      description:
        "The preview's token: refused (409 import_stale) if the file or the statistics changed since",
    }),
  },
  { additionalProperties: false },
);
export type ConfirmStatisticsImportBody = Static<typeof ConfirmStatisticsImportBodySchema>;

export const StatisticsImportProblemSchema = Type.Object({
  row: Type.Integer({ description: 'Row number in the file (the header is row 1)' }),
  cell: Type.String({ description: 'The cell at fault, e.g. D7' }),
  indicator: Nullable(Type.String()),
  code: StringEnum(STATISTICS_IMPORT_PROBLEMS),
  message: Type.String(),
});
export type StatisticsImportProblem = Static<typeof StatisticsImportProblemSchema>;

export const StatisticsImportPreviewSchema = Type.Object({
  format: StringEnum(SPREADSHEET_FORMATS),
  counts: Type.Object({
    new: Type.Integer(),
    changed: Type.Integer(),
    unchanged: Type.Integer(),
    invalid: Type.Integer(),
  }),
  editions: Type.Array(Type.String(), { description: 'The editions the file holds' }),
  rows: Type.Array(
    Type.Object({
      row: Type.Integer(),
      indicator: Type.String(),
      area: Type.String(),
      year: Type.Integer(),
      edition: Type.String(),
      value: Type.Number(),
      before: Nullable(Type.Number({ description: 'The stored value of this edition, when there is one' })),
      change: StringEnum(['new', 'changed', 'unchanged'] as const),
    }),
  ),
  invalid: Type.Array(StatisticsImportProblemSchema, {
    description: 'Every bad row with its reason; while there is one, confirming is refused',
  }),
  token: Type.String({ description: 'Send it back to confirm exactly this preview' }),
});
export type StatisticsImportPreview = Static<typeof StatisticsImportPreviewSchema>;

export const StatisticsImportResultSchema = Type.Object({
  created: Type.Integer(),
  updated: Type.Integer(),
  unchanged: Type.Integer(),
});
export type StatisticsImportResult = Static<typeof StatisticsImportResultSchema>;
