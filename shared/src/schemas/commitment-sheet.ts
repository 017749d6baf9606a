// Commitments as a spreadsheet: exported, edited, imported back (the pattern of the risk register). One row
// per commitment; progress notes are not in the sheet (they keep their values on import).
import { Type, type Static } from 'typebox';
import { Nullable, StringEnum } from './common.ts';
import { ImportFileBodySchema, SPREADSHEET_FORMATS } from './imports.ts';

const Code = (description: string) => Type.String({ pattern: '^[A-Za-z0-9._-]{1,40}$', description });

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

export const CommitmentExportQuerySchema = Type.Object(
  {
    plan: Type.Optional(Code('Plan code; the active plan when omitted')),
    format: Type.Optional(StringEnum(SPREADSHEET_FORMATS, 'xlsx (default) or csv')),
  },
  { additionalProperties: false },
);
export type CommitmentExportQuery = Static<typeof CommitmentExportQuerySchema>;

export const CommitmentImportBodySchema = Type.Object(
  {
    ...ImportFileBodySchema.properties,
    plan: Type.Optional(Code('Plan code; the active plan when omitted')),
  },
  { additionalProperties: false },
);
export type CommitmentImportBody = Static<typeof CommitmentImportBodySchema>;

export const ConfirmCommitmentImportBodySchema = Type.Object(
  {
    ...CommitmentImportBodySchema.properties,
    token: Type.String({
      minLength: 1,
      maxLength: 200,
      description:
        "The preview's token: refused (409 import_stale) if the file or the commitments changed since",
    }),
  },
  { additionalProperties: false },
);
export type ConfirmCommitmentImportBody = Static<typeof ConfirmCommitmentImportBodySchema>;

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

export const CommitmentImportPreviewSchema = Type.Object({
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
  invalid: Type.Array(CommitmentImportProblemSchema, {
    description: 'Every bad row with its reason; while there is one, confirming is refused',
  }),
  token: Type.String({ description: 'Send it back to confirm exactly this preview' }),
});
export type CommitmentImportPreview = Static<typeof CommitmentImportPreviewSchema>;

export const CommitmentImportResultSchema = Type.Object({
  plan: Type.String(),
  created: Type.Integer(),
  updated: Type.Integer(),
  unchanged: Type.Integer(),
});
export type CommitmentImportResult = Static<typeof CommitmentImportResultSchema>;
