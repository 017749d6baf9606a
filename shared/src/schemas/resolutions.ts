// Resolution mapping (issue 16), as the Inter-Sectoral Coordination Group keeps it: each conference
// resolution with the entity responsible for it in each Sector and the General Secretariat, linked to the
// intersectoral themes and to thematic priorities. Reference data: no draft state, everyone signed in reads it.
import { Type, type Static } from 'typebox';
import { LANGUAGES } from '../domain.ts';
import { Nullable, StringEnum } from './common.ts';
import { ImportFileBodySchema, SPREADSHEET_FORMATS } from './imports.ts';
import { IdSchema } from './kpis.ts';

export const CONFERENCES = ['PP', 'WTDC', 'WTSA', 'RA', 'WRC', 'other'] as const;
export type Conference = (typeof CONFERENCES)[number];
/** The Sectors and the General Secretariat, each of which names its responsible entity. */
export const RESOLUTION_SECTORS = ['ITU-R', 'ITU-T', 'ITU-D', 'GS'] as const;
export type ResolutionSector = (typeof RESOLUTION_SECTORS)[number];

const ThemeCode = Type.String({ pattern: '^[A-Za-z0-9_-]{1,20}$', description: 'Theme code, e.g. GEN' });
const PriorityCode = Type.String({
  pattern: '^[A-Za-z0-9._-]{1,40}$',
  description: 'Thematic priority code (KAP-1); looked for in the newest plan that has it',
});
export const RESOLUTION_NUMBER_PATTERN = '^[A-Za-z0-9][A-Za-z0-9./-]{0,19}$';

export const ResolutionTitlesSchema = Type.Object(
  Object.fromEntries(
    LANGUAGES.map((l) => [l, Type.Optional(Type.String({ minLength: 1, maxLength: 500 }))]),
  ) as Record<(typeof LANGUAGES)[number], ReturnType<typeof Type.Optional<ReturnType<typeof Type.String>>>>,
  { additionalProperties: false, minProperties: 1, description: 'The title in each language held' },
);
export type ResolutionTitles = Static<typeof ResolutionTitlesSchema>;

export const ResolutionEntitiesSchema = Type.Object(
  Object.fromEntries(
    RESOLUTION_SECTORS.map((s) => [s, Type.Optional(Type.String({ minLength: 1, maxLength: 200 }))]),
  ) as Record<ResolutionSector, ReturnType<typeof Type.Optional<ReturnType<typeof Type.String>>>>,
  {
    additionalProperties: false,
    description:
      "The responsible entity in each Sector (free text: 'TSAG', 'ITU-D SG1 Q7'); GS the General Secretariat",
  },
);
export type ResolutionEntities = Static<typeof ResolutionEntitiesSchema>;

export const ResolutionBodySchema = Type.Object(
  {
    conference: StringEnum(CONFERENCES),
    number: Type.String({ pattern: RESOLUTION_NUMBER_PATTERN, description: 'e.g. 191 or 9/1' }),
    revision: Nullable(
      Type.String({ minLength: 1, maxLength: 100, description: "e.g. 'Rev. Bucharest, 2022'" }),
    ),
    titles: ResolutionTitlesSchema,
    entities: ResolutionEntitiesSchema,
    themes: Type.Array(ThemeCode, { maxItems: 13, uniqueItems: true }),
    priorities: Type.Array(PriorityCode, { maxItems: 20, uniqueItems: true }),
  },
  { additionalProperties: false },
);
export type ResolutionBody = Static<typeof ResolutionBodySchema>;

export const UpdateResolutionBodySchema = Type.Object(
  {
    ...ResolutionBodySchema.properties,
    version: Type.Integer({ minimum: 1, description: 'The version loaded (409 version_conflict otherwise)' }),
  },
  { additionalProperties: false },
);
export type UpdateResolutionBody = Static<typeof UpdateResolutionBodySchema>;

export const ResolutionSchema = Type.Object({
  id: IdSchema,
  conference: StringEnum(CONFERENCES),
  number: Type.String(),
  revision: Nullable(Type.String()),
  titles: ResolutionTitlesSchema,
  entities: ResolutionEntitiesSchema,
  themes: Type.Array(Type.String()),
  priorities: Type.Array(Type.Object({ plan: Type.String(), code: Type.String() })),
  sourceStatus: Type.String({ description: "'demo' for the demonstration data, 'entered' otherwise" }),
  version: Type.Integer(),
  mayEdit: Type.Boolean({
    description: 'Whether the reader may change it (an administrator, or a coordinator of a linked theme)',
  }),
});
export type Resolution = Static<typeof ResolutionSchema>;

export const ResolutionListQuerySchema = Type.Object(
  {
    conference: Type.Optional(StringEnum(CONFERENCES)),
    sector: Type.Optional(StringEnum(RESOLUTION_SECTORS, 'Resolutions with a responsible entity in it')),
    theme: Type.Optional(ThemeCode),
  },
  { additionalProperties: false },
);
export type ResolutionListQuery = Static<typeof ResolutionListQuerySchema>;

export const ResolutionListSchema = Type.Object({
  items: Type.Array(ResolutionSchema),
  mayCreate: Type.Boolean({ description: 'An administrator or the coordinator of a theme' }),
});
export type ResolutionList = Static<typeof ResolutionListSchema>;

export const ResolutionIdParamsSchema = Type.Object({ id: IdSchema });

// The mapping as a spreadsheet: exported, edited, imported back. A resolution is known by conference and number.
export const RESOLUTION_SHEET_HEADERS = [
  'Conference',
  'Number',
  'Revision',
  ...LANGUAGES.map((l) => `Title (${l})` as const),
  'ITU-R',
  'ITU-T',
  'ITU-D',
  'General Secretariat',
  'Themes',
  'Priorities',
] as const;

export const ResolutionExportQuerySchema = Type.Object(
  { format: Type.Optional(StringEnum(SPREADSHEET_FORMATS, 'xlsx (default) or csv')) },
  { additionalProperties: false },
);
export type ResolutionExportQuery = Static<typeof ResolutionExportQuerySchema>;

export const ResolutionImportBodySchema = ImportFileBodySchema;
export type ResolutionImportBody = Static<typeof ResolutionImportBodySchema>;
export const ConfirmResolutionImportBodySchema = Type.Object(
  {
    ...ImportFileBodySchema.properties,
    token: Type.String({
      minLength: 1,
      maxLength: 200,
      description: "The preview's token: refused (409 import_stale) if the file or the mapping changed since",
    }),
  },
  { additionalProperties: false },
);
export type ConfirmResolutionImportBody = Static<typeof ConfirmResolutionImportBodySchema>;

export const RESOLUTION_IMPORT_PROBLEMS = [
  'conference_unknown',
  'number_invalid',
  'resolution_repeated',
  'title_missing',
  'text_too_long',
  'theme_unknown',
  'priority_unknown',
] as const;

export const ResolutionImportProblemSchema = Type.Object({
  row: Type.Integer({ description: 'Row number in the file (the header is row 1)' }),
  cell: Type.String({ description: 'The cell at fault, e.g. N4' }),
  resolution: Nullable(Type.String({ description: 'Conference and number, when readable' })),
  code: StringEnum(RESOLUTION_IMPORT_PROBLEMS),
  message: Type.String(),
});
export type ResolutionImportProblem = Static<typeof ResolutionImportProblemSchema>;

export const ResolutionImportPreviewSchema = Type.Object({
  format: StringEnum(SPREADSHEET_FORMATS),
  counts: Type.Object({
    new: Type.Integer(),
    changed: Type.Integer(),
    unchanged: Type.Integer(),
    invalid: Type.Integer(),
  }),
  rows: Type.Array(
    Type.Object({
      row: Type.Integer(),
      resolution: Type.String({ description: 'Conference and number' }),
      change: StringEnum(['new', 'changed', 'unchanged'] as const),
    }),
  ),
  invalid: Type.Array(ResolutionImportProblemSchema, {
    description: 'Every bad row with its reason and cell; while there is one, confirming is refused',
  }),
  token: Type.String({ description: 'Send it back to confirm exactly this preview' }),
});
export type ResolutionImportPreview = Static<typeof ResolutionImportPreviewSchema>;

export const ResolutionImportResultSchema = Type.Object({
  created: Type.Integer(),
  updated: Type.Integer(),
  unchanged: Type.Integer(),
});
export type ResolutionImportResult = Static<typeof ResolutionImportResultSchema>;
