// The framework document: a whole strategic plan as data, the format the framework export writes and the
// framework import reads (JSON as is; the XLSX workbook holds the same fields, one sheet per level).
// Versioned by `schemaVersion`: a reader refuses a version it does not know instead of guessing.
//
// How to read it:
// - Every item has a `code`, unique within its level of the plan; links name codes, never database ids.
// - Every text is an object of languages: `en` always, `fr`, `es`, `ar`, `ru`, `zh` where held.
//   Texts other than English are unofficial (written for the project, shown marked) unless the item's
//   `confirmedLanguages` lists them.
// - Every item says where it comes from (`sourceStatus`, and `sourceUrl` when there is a source).
// - `retired: true` marks an item kept for the values and history that stand on it but no longer in use.
// - Organisational units and regions are the organisation's own, shared by its plans; a plan's document
//   carries the whole tree so it can be loaded on an empty database.
import { Type, type Static } from 'typebox';
import { LANGUAGES } from '../domain.ts';
import {
  AggregationSchema,
  DirectionSchema,
  FrequencySchema,
  KpiUnitSchema,
  LanguageSchema,
  PlanStatusSchema,
  SourceStatusSchema,
  StringEnum,
} from './common.ts';

/** The version this code writes and the only one it reads. */
export const FRAMEWORK_SCHEMA_VERSION = 1;

/** The kinds of organisational unit; Sectors and the General Secretariat lead thematic priorities. */
export const ORG_UNIT_KINDS = [
  'sector',
  'secretariat',
  'bureau',
  'department',
  'division',
  'regional_office',
  'other',
] as const;
export type OrgUnitKind = (typeof ORG_UNIT_KINDS)[number];
/** Units of these kinds may lead a thematic priority. */
export const LEADING_UNIT_KINDS: readonly OrgUnitKind[] = ['sector', 'secretariat'];

const Code = Type.String({
  minLength: 1,
  maxLength: 64,
  pattern: '^\\S(.*\\S)?$',
  description: 'Unique code',
});
const Year = Type.Integer({ minimum: 1900, maximum: 2200 });
const Codes = (what: string) => Type.Array(Code, { description: `Codes of the ${what} (within the plan)` });

/** A text in English (required) and any of the other five official languages. */
export const FrameworkDocTextSchema = Type.Object(
  {
    en: Type.String({ minLength: 1 }),
    ...Object.fromEntries(
      LANGUAGES.filter((l) => l !== 'en').map((l) => [l, Type.Optional(Type.String({ minLength: 1 }))]),
    ),
  } as { en: ReturnType<typeof Type.String> } & Record<
    'fr' | 'es' | 'ar' | 'ru' | 'zh',
    ReturnType<typeof Type.Optional<ReturnType<typeof Type.String>>>
  >,
  { additionalProperties: false, description: 'A text in English and any other official language' },
);
export type FrameworkDocText = Static<typeof FrameworkDocTextSchema>;

/** What every item of the chain carries: code, texts, provenance, translation status, retirement. */
const itemFields = {
  code: Code,
  name: FrameworkDocTextSchema,
  description: Type.Optional(FrameworkDocTextSchema),
  sourceStatus: SourceStatusSchema,
  sourceUrl: Type.Optional(Type.String({ minLength: 1 })),
  confirmedLanguages: Type.Optional(
    Type.Array(LanguageSchema, { description: 'Languages whose texts an administrator confirmed' }),
  ),
  retired: Type.Optional(Type.Boolean()),
};

export const FrameworkDocPlanSchema = Type.Object(
  {
    code: Code,
    name: FrameworkDocTextSchema,
    startYear: Year,
    endYear: Year,
    status: PlanStatusSchema,
    thresholds: Type.Object(
      {
        onTrack: Type.Number({ exclusiveMinimum: 0, maximum: 1, description: 'Share of target: on track' }),
        atRisk: Type.Number({ exclusiveMinimum: 0, maximum: 1, description: 'Share of target: at risk' }),
      },
      { additionalProperties: false },
    ),
    calendar: Type.Object(
      {
        reportingDeadlineDays: Type.Integer({
          minimum: 0,
          maximum: 120,
          description: 'Days after a quarter ends by which its values are due',
        }),
        reviewDeadlineDays: Type.Integer({
          minimum: 0,
          maximum: 180,
          description: 'Days after a quarter ends by which its review is decided',
        }),
      },
      { additionalProperties: false },
    ),
    confirmedLanguages: itemFields.confirmedLanguages,
  },
  { additionalProperties: false },
);

export const FrameworkDocOrgUnitSchema = Type.Object(
  {
    code: Code,
    parent: Type.Optional(Code),
    kind: StringEnum(ORG_UNIT_KINDS),
    name: FrameworkDocTextSchema,
    confirmedLanguages: itemFields.confirmedLanguages,
    retired: itemFields.retired,
  },
  { additionalProperties: false, description: 'A unit; `parent` is the code of the unit above it' },
);

export const FrameworkDocRegionSchema = Type.Object(
  {
    code: Code,
    name: FrameworkDocTextSchema,
    confirmedLanguages: itemFields.confirmedLanguages,
    retired: itemFields.retired,
  },
  { additionalProperties: false },
);

export const FrameworkDocGoalSchema = Type.Object(itemFields, { additionalProperties: false });

export const FrameworkDocTargetSchema = Type.Object(
  {
    ...itemFields,
    goal: Code,
    value: Type.Union([Type.Number(), Type.Null()], { description: 'null for a qualitative target' }),
    unit: Type.String({ minLength: 1 }),
    direction: DirectionSchema,
    deadlineYear: Year,
    baseline: Type.Optional(
      Type.Object({ value: Type.Number(), year: Year }, { additionalProperties: false }),
    ),
    statistic: Type.Optional(Code),
  },
  { additionalProperties: false },
);

export const FrameworkDocPrioritySchema = Type.Object(
  { ...itemFields, unit: Code },
  { additionalProperties: false, description: 'A thematic priority; `unit` is the Sector that leads it' },
);

export const FrameworkDocOutcomeSchema = Type.Object(
  { ...itemFields, priority: Code },
  { additionalProperties: false },
);

export const FrameworkDocOutputSchema = Type.Object(
  { ...itemFields, priority: Code },
  { additionalProperties: false, description: 'A product or service delivered under a priority' },
);

export const FrameworkDocEnablerSchema = Type.Object(itemFields, { additionalProperties: false });

export const FrameworkDocThemeSchema = Type.Object(itemFields, {
  additionalProperties: false,
  description: 'An intersectoral theme (shared by the plans)',
});

export const FrameworkDocKpiSchema = Type.Object(
  {
    code: Code,
    name: FrameworkDocTextSchema,
    definition: Type.Optional(FrameworkDocTextSchema),
    priority: Type.Optional(Code),
    unit: KpiUnitSchema,
    direction: DirectionSchema,
    aggregation: AggregationSchema,
    frequency: FrequencySchema,
    baseline: Type.Optional(
      Type.Object(
        { value: Type.Number(), period: Type.String({ pattern: '^\\d{4}(-Q[1-4])?$' }) },
        { additionalProperties: false },
      ),
    ),
    annualTargets: Type.Record(Type.String({ pattern: '^\\d{4}$' }), Type.Number(), {
      description: 'Target by plan year',
    }),
    tolerance: Type.Number({ minimum: 0, maximum: 1 }),
    weight: Type.Number({ exclusiveMinimum: 0 }),
    dataSource: Type.Optional(Type.String({ minLength: 1 })),
    ownerUnit: Type.Optional(Code),
    byRegion: Type.Boolean(),
    outcomes: Codes('outcomes the KPI measures; the first one names the priority whose planners report it'),
    outputs: Codes('outputs'),
    targets: Codes('targets'),
    themes: Codes('intersectoral themes'),
    sourceStatus: SourceStatusSchema,
    sourceUrl: itemFields.sourceUrl,
    confirmedLanguages: itemFields.confirmedLanguages,
    retired: itemFields.retired,
  },
  {
    additionalProperties: false,
    description:
      "A KPI; `priority` is the priority whose planners report it (default: the first outcome's priority)",
  },
);

export const FrameworkDocumentSchema = Type.Object(
  {
    schemaVersion: Type.Literal(FRAMEWORK_SCHEMA_VERSION),
    plan: FrameworkDocPlanSchema,
    units: Type.Array(FrameworkDocOrgUnitSchema),
    regions: Type.Array(FrameworkDocRegionSchema),
    goals: Type.Array(FrameworkDocGoalSchema),
    targets: Type.Array(FrameworkDocTargetSchema),
    priorities: Type.Array(FrameworkDocPrioritySchema),
    outcomes: Type.Array(FrameworkDocOutcomeSchema),
    outputs: Type.Array(FrameworkDocOutputSchema),
    enablers: Type.Array(FrameworkDocEnablerSchema),
    themes: Type.Array(FrameworkDocThemeSchema),
    kpis: Type.Array(FrameworkDocKpiSchema),
  },
  {
    additionalProperties: false,
    $id: 'FrameworkDocument',
    description: 'A whole strategic plan as data (see shared/src/schemas/framework-document.ts)',
  },
);
export type FrameworkDocument = Static<typeof FrameworkDocumentSchema>;
export type FrameworkDocKpi = Static<typeof FrameworkDocKpiSchema>;
export type FrameworkDocTarget = Static<typeof FrameworkDocTargetSchema>;
export type FrameworkDocOrgUnit = Static<typeof FrameworkDocOrgUnitSchema>;

// The framework import: preview (what a file would change) and its confirmation.

export const FrameworkFileBodySchema = Type.Object(
  {
    fileName: Type.String({
      minLength: 1,
      maxLength: 255,
      description: 'The file name; its extension (.json or .xlsx) tells the format',
    }),
    content: Type.String({
      description: 'The file, base64-encoded; at most 5 MB once decoded (413 file_too_large)',
    }),
  },
  { additionalProperties: false },
);

export const ConfirmFrameworkImportBodySchema = Type.Object(
  {
    ...FrameworkFileBodySchema.properties,
    token: Type.String({
      minLength: 1,
      maxLength: 200,
      description:
        "The preview's token: refused (409 import_stale) if the file or the framework changed since",
    }),
  },
  { additionalProperties: false },
);

const FRAMEWORK_LEVEL_NAMES = [
  'plan',
  'units',
  'regions',
  'goals',
  'targets',
  'priorities',
  'outcomes',
  'outputs',
  'enablers',
  'themes',
  'kpis',
] as const;

const CountsSchema = Type.Object({
  new: Type.Integer(),
  changed: Type.Integer(),
  retired: Type.Integer(),
  unchanged: Type.Integer(),
  bad: Type.Integer(),
});

export const FrameworkImportPreviewSchema = Type.Object({
  format: StringEnum(['json', 'xlsx'] as const),
  plan: Type.Union([Type.String(), Type.Null()], {
    description: "The file's plan code (null when unreadable)",
  }),
  onto: StringEnum(['new', 'existing'] as const, 'A new plan, or onto the stored plan with that code'),
  token: Type.String({ description: 'Send it back with the same file to confirm' }),
  counts: CountsSchema,
  items: Type.Array(
    Type.Object({
      level: StringEnum(FRAMEWORK_LEVEL_NAMES),
      code: Type.String(),
      change: StringEnum(['new', 'changed', 'retired', 'unchanged'] as const),
      fields: Type.Array(Type.String(), { description: 'The fields a changed item changes' }),
      values: Type.Array(
        Type.Object({
          field: Type.String(),
          before: Type.Union([Type.String(), Type.Null()]),
          after: Type.Union([Type.String(), Type.Null()]),
        }),
        {
          description:
            'Each changed field with its stored and new value as text (JSON for lists and texts; null: not set)',
        },
      ),
    }),
    { description: 'Every item the import would add, change or retire (unchanged ones are only counted)' },
  ),
  problems: Type.Array(
    Type.Object({
      level: StringEnum([...FRAMEWORK_LEVEL_NAMES, 'translations', 'file'] as const),
      code: Type.Union([Type.String(), Type.Null()]),
      row: Type.Union([Type.Integer(), Type.Null()], {
        description: 'Sheet row (XLSX) or place in the array (JSON)',
      }),
      column: Type.Union([Type.String(), Type.Null()]),
      reason: Type.String({
        description: 'duplicate_code, unknown_link, year_outside_plan, unknown_unit, ...',
      }),
      message: Type.String(),
    }),
    { description: 'Every bad row with its reason and cell; a file with any is not imported' },
  ),
});
export type FrameworkImportPreview = Static<typeof FrameworkImportPreviewSchema>;

export const FrameworkImportResultSchema = Type.Object({ plan: Type.String(), counts: CountsSchema });
export type FrameworkImportResult = Static<typeof FrameworkImportResultSchema>;
