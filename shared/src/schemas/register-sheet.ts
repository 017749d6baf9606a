// What the registers' spreadsheets (risks, recommendations, commitments, MoUs) have in common: the export
// query, the upload and its confirmation with the preview's token, the counts of a preview and the result of
// an import. Each register adds its headers, its row key and the problems a row can have.
import { Type, type Static, type TProperties, type TSchema } from 'typebox';
import { StringEnum } from './common.ts';
import { ImportFileBodySchema, SPREADSHEET_FORMATS } from './imports.ts';

const PlanCode = Type.String({
  pattern: '^[A-Za-z0-9._-]{1,40}$',
  description: 'Plan code; the active plan when omitted',
});

export const RegisterExportQuerySchema = Type.Object(
  {
    plan: Type.Optional(PlanCode),
    format: Type.Optional(StringEnum(SPREADSHEET_FORMATS, 'xlsx (default) or csv')),
  },
  { additionalProperties: false },
);
export type RegisterExportQuery = Static<typeof RegisterExportQuerySchema>;

export const RegisterImportBodySchema = Type.Object(
  { ...ImportFileBodySchema.properties, plan: Type.Optional(PlanCode) },
  { additionalProperties: false },
);
export type RegisterImportBody = Static<typeof RegisterImportBodySchema>;

export const ConfirmRegisterImportBodySchema = Type.Object(
  {
    ...RegisterImportBodySchema.properties,
    token: Type.String({
      minLength: 1,
      maxLength: 200,
      description:
        "The preview's token: refused (409 import_stale) if the file or the register changed since",
    }),
  },
  { additionalProperties: false },
);
export type ConfirmRegisterImportBody = Static<typeof ConfirmRegisterImportBodySchema>;

export const ROW_CHANGES = ['new', 'changed', 'unchanged'] as const;
export type RowChange = (typeof ROW_CHANGES)[number];

export const RegisterImportCountsSchema = Type.Object({
  new: Type.Integer(),
  changed: Type.Integer(),
  unchanged: Type.Integer(),
  invalid: Type.Integer(),
});
export type RegisterImportCounts = Static<typeof RegisterImportCountsSchema>;

/** A register's preview: each good row with its key fields and change, every bad row, the token to confirm. */
export function registerImportPreviewSchema<K extends TProperties, P extends TSchema>(key: K, problem: P) {
  return Type.Object({
    plan: Type.String(),
    format: StringEnum(SPREADSHEET_FORMATS),
    counts: RegisterImportCountsSchema,
    rows: Type.Array(
      Type.Object({
        row: Type.Integer({ description: 'Row number in the file (the header is row 1)' }),
        ...key,
        change: StringEnum(ROW_CHANGES),
      }),
    ),
    invalid: Type.Array(problem, {
      description: 'Every bad row with its reason; while there is one, confirming is refused',
    }),
    token: Type.String({ description: 'Send it back to confirm exactly this preview' }),
  });
}

export const RegisterImportResultSchema = Type.Object({
  plan: Type.String(),
  created: Type.Integer(),
  updated: Type.Integer(),
  unchanged: Type.Integer(),
});
export type RegisterImportResult = Static<typeof RegisterImportResultSchema>;
