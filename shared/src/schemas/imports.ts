// Spreadsheet round trips of a thematic priority's quarter: a template to fill in, the grid as it stands,
// and an import that is previewed (nothing written) before it is confirmed (valid rows written as drafts).
import { Type, type Static } from 'typebox';
import { LanguageSchema, Nullable, StringEnum } from './common.ts';
import { QuarterSchema, ValueStateSchema } from './figures.ts';

const codePattern = '^[A-Za-z0-9._-]{1,40}$';

/** The largest file an import accepts, in bytes (the decoded file, not its base64 text). */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;

export const SPREADSHEET_FORMATS = ['xlsx', 'csv'] as const;
export type SpreadsheetFormat = (typeof SPREADSHEET_FORMATS)[number];

export const EntryFileParamsSchema = Type.Object({
  priority: Type.String({ pattern: codePattern, description: 'Thematic priority code, e.g. KAP-1' }),
  period: QuarterSchema,
});
export type EntryFileParams = Static<typeof EntryFileParamsSchema>;

export const EntryFileQuerySchema = Type.Object({
  format: Type.Optional(StringEnum(SPREADSHEET_FORMATS, 'xlsx (default) or csv')),
  plan: Type.Optional(
    Type.String({ pattern: codePattern, description: 'Plan code (see the review routes)' }),
  ),
  lang: Type.Optional(LanguageSchema),
});

export const ImportQuerySchema = Type.Object({
  plan: Type.Optional(
    Type.String({ pattern: codePattern, description: 'Plan code (see the review routes)' }),
  ),
});

export const ImportFileBodySchema = Type.Object(
  {
    fileName: Type.String({
      minLength: 1,
      maxLength: 255,
      description: 'The file name; its extension (.xlsx or .csv) tells the format',
    }),
    content: Type.String({
      description: `The file, base64-encoded; at most ${IMPORT_MAX_BYTES / 1024 / 1024} MB once decoded (413 file_too_large)`,
    }),
  },
  { additionalProperties: false },
);
export type ImportFileBody = Static<typeof ImportFileBodySchema>;

export const ConfirmImportBodySchema = Type.Object(
  {
    ...ImportFileBodySchema.properties,
    token: Type.String({
      minLength: 1,
      maxLength: 200,
      description:
        "The preview's token: the import is refused (409 import_stale) if the file or the stored values " +
        'changed since the preview',
    }),
  },
  { additionalProperties: false },
);
export type ConfirmImportBody = Static<typeof ConfirmImportBodySchema>;

export const IMPORT_ROW_CHANGES = ['new', 'changed', 'unchanged'] as const;

export const ImportRowSchema = Type.Object({
  row: Type.Integer({ description: 'Row number in the file (the header is row 1)' }),
  kpiCode: Type.String(),
  region: Nullable(Type.String({ description: 'Region code; null for the KPI as a whole' })),
  value: Nullable(Type.Number({ description: 'null together with noDataReason: no figure this quarter' })),
  noDataReason: Nullable(
    Type.String({ description: 'Why there is no figure (the "No data: reason" column)' }),
  ),
  note: Nullable(Type.String()),
  change: StringEnum(IMPORT_ROW_CHANGES, 'new, changed or unchanged'),
  current: Nullable(
    Type.Object({
      value: Nullable(Type.Number()),
      noDataReason: Nullable(Type.String()),
      note: Nullable(Type.String()),
      state: ValueStateSchema,
    }),
  ),
});
export type ImportRow = Static<typeof ImportRowSchema>;

export const ImportRowProblemSchema = Type.Object({
  row: Type.Integer(),
  kpiCode: Nullable(Type.String()),
  region: Nullable(Type.String()),
  code: Type.String({ description: 'Stable reason code, e.g. kpi_unknown, value_not_number, value_locked' }),
  message: Type.String(),
});
export type ImportRowProblem = Static<typeof ImportRowProblemSchema>;

export const ImportCountsSchema = Type.Object({
  rows: Type.Integer({ description: 'Data rows read (blank lines not counted)' }),
  new: Type.Integer(),
  changed: Type.Integer(),
  unchanged: Type.Integer(),
  invalid: Type.Integer(),
  empty: Type.Integer({ description: 'Rows without a value or a "no data" reason: left as they are' }),
});
export type ImportCounts = Static<typeof ImportCountsSchema>;

export const ImportPreviewSchema = Type.Object({
  priority: Type.String(),
  period: Type.String(),
  format: StringEnum(SPREADSHEET_FORMATS),
  counts: ImportCountsSchema,
  rows: Type.Array(ImportRowSchema, { description: 'The valid rows' }),
  invalid: Type.Array(ImportRowProblemSchema, { description: 'Every bad row, with its reason' }),
  token: Type.String({ description: 'Send it back to confirm exactly this preview' }),
});
export type ImportPreview = Static<typeof ImportPreviewSchema>;

export const ImportResultSchema = Type.Object({
  priority: Type.String(),
  period: Type.String(),
  created: Type.Integer(),
  updated: Type.Integer(),
  unchanged: Type.Integer(),
  invalid: Type.Integer({ description: 'Bad rows skipped' }),
});
export type ImportResult = Static<typeof ImportResultSchema>;
