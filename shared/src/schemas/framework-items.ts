// Authoring the framework's items one at a time (issue 14): goals, targets, thematic priorities, outcomes and
// outputs of a plan. An item is answered with a `version` (a digest of everything an editor sees of it): a
// change sends it back and is refused (409 version_conflict) when someone, or an import, changed the item
// meanwhile. Names are the English text; the other five languages are unofficial translations until an
// administrator confirms them on the translations screen.
// Enablers belong to a plan like goals; organisational units (a tree), regions and intersectoral themes are
// shared by every plan: they answer `plan: null` and a closed plan does not freeze them.
import { Type, type Static } from 'typebox';
import { DirectionSchema, Nullable, SourceStatusSchema, StringEnum } from './common.ts';
import { ORG_UNIT_KINDS } from './framework-document.ts';

export const FRAMEWORK_ITEM_KINDS = [
  'goal',
  'target',
  'priority',
  'outcome',
  'output',
  'enabler',
  'unit',
  'region',
  'theme',
] as const;
export type FrameworkItemKind = (typeof FRAMEWORK_ITEM_KINDS)[number];
export const FrameworkItemKindSchema = StringEnum(FRAMEWORK_ITEM_KINDS);
/** Kinds shared by every plan (no plan of their own). */
export const SHARED_ITEM_KINDS: readonly FrameworkItemKind[] = ['unit', 'region', 'theme'];
/** Kinds that keep no order among themselves (no up/down). */
export const UNORDERED_ITEM_KINDS: readonly FrameworkItemKind[] = ['theme'];
/** Kinds with a name only (no description). */
export const NAME_ONLY_ITEM_KINDS: readonly FrameworkItemKind[] = ['unit', 'region'];

/** The languages an item's texts may be given in besides English. */
export const TRANSLATED_LANGUAGES = ['fr', 'es', 'ar', 'ru', 'zh'] as const;

const ItemCode = Type.String({
  minLength: 1,
  maxLength: 64,
  pattern: '^\\S(.*\\S)?$',
  description: 'Unique in the plan for the kind of item; no surrounding blanks',
});
const Name = Type.String({ minLength: 1, maxLength: 500 });
const Description = Type.String({ maxLength: 4000 });
const Year = Type.Integer({ minimum: 1900, maximum: 2200 });

const TranslatedTextSchema = Type.Object(
  { name: Type.Optional(Type.String({ maxLength: 500 })), description: Type.Optional(Description) },
  { additionalProperties: false },
);
/** Texts per language; a blank text removes that language's translation. */
const TranslationsBodySchema = Type.Object(
  {
    fr: Type.Optional(TranslatedTextSchema),
    es: Type.Optional(TranslatedTextSchema),
    ar: Type.Optional(TranslatedTextSchema),
    ru: Type.Optional(TranslatedTextSchema),
    zh: Type.Optional(TranslatedTextSchema),
  },
  { additionalProperties: false },
);
export type FrameworkItemTranslationsBody = Static<typeof TranslationsBodySchema>;

const TargetBaselineSchema = Type.Object(
  { value: Type.Number(), year: Year },
  { additionalProperties: false },
);

/** The fields a kind of item has beyond code and texts; a field another kind has is refused (422). */
const kindFields = {
  parent: Type.Optional(
    Nullable(
      Type.String({
        minLength: 1,
        maxLength: 64,
        description:
          'target: its goal; outcome and output: their priority (a code of the same plan); unit: the unit ' +
          'above it (null: a top unit)',
      }),
    ),
  ),
  unitKind: Type.Optional(StringEnum(ORG_UNIT_KINDS, 'unit: sector, secretariat, bureau, department, …')),
  leadUnit: Type.Optional(
    Type.String({ minLength: 1, maxLength: 64, description: 'priority: the Sector leading it' }),
  ),
  value: Type.Optional(Nullable(Type.Number({ description: 'target: null for a qualitative target' }))),
  unit: Type.Optional(Type.String({ minLength: 1, maxLength: 32, description: "target: e.g. '%'" })),
  direction: Type.Optional(DirectionSchema),
  deadlineYear: Type.Optional(Year),
  baseline: Type.Optional(Nullable(TargetBaselineSchema)),
  statistic: Type.Optional(
    Nullable(Type.String({ minLength: 1, maxLength: 64, description: 'target: a published statistic' })),
  ),
};
export const KIND_FIELDS = Object.keys(kindFields) as Array<keyof typeof kindFields>;
export type KindField = (typeof KIND_FIELDS)[number];

export const CreateFrameworkItemBodySchema = Type.Object(
  {
    plan: Type.String({ minLength: 1, maxLength: 64, description: 'Plan code' }),
    code: ItemCode,
    name: Name,
    description: Type.Optional(Nullable(Description)),
    translations: Type.Optional(TranslationsBodySchema),
    ...kindFields,
  },
  { additionalProperties: false },
);
export type CreateFrameworkItemBody = Static<typeof CreateFrameworkItemBodySchema>;

export const UpdateFrameworkItemBodySchema = Type.Object(
  {
    version: Type.String({ minLength: 1, maxLength: 64, description: 'The version read; stale: 409' }),
    code: Type.Optional(ItemCode),
    name: Type.Optional(Name),
    description: Type.Optional(Nullable(Description)),
    translations: Type.Optional(TranslationsBodySchema),
    reason: Type.Optional(
      Type.String({
        maxLength: 2000,
        description: "Required when a target's value or deadline changes in an active plan",
      }),
    ),
    ...kindFields,
  },
  { additionalProperties: false },
);
export type UpdateFrameworkItemBody = Static<typeof UpdateFrameworkItemBodySchema>;

export const FrameworkItemVersionBodySchema = Type.Object(
  { version: Type.String({ minLength: 1, maxLength: 64 }) },
  { additionalProperties: false },
);
export type FrameworkItemVersionBody = Static<typeof FrameworkItemVersionBodySchema>;

export const ReorderFrameworkItemBodySchema = Type.Object(
  {
    version: Type.String({ minLength: 1, maxLength: 64 }),
    direction: StringEnum(['up', 'down'] as const, 'One place up or down among its siblings'),
  },
  { additionalProperties: false },
);
export type ReorderFrameworkItemBody = Static<typeof ReorderFrameworkItemBodySchema>;

export const FrameworkItemParamsSchema = Type.Object({
  kind: FrameworkItemKindSchema,
  id: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }),
});
export const FrameworkItemKindParamsSchema = Type.Object({ kind: FrameworkItemKindSchema });
export const FrameworkItemListQuerySchema = Type.Object({
  plan: Type.String({ minLength: 1, maxLength: 64, description: 'Plan code' }),
});

const TranslationTextsSchema = Type.Object({
  name: Nullable(Type.String()),
  description: Nullable(Type.String()),
});

export const TargetRevisionEntrySchema = Type.Object({
  oldValue: Nullable(Type.Number()),
  newValue: Nullable(Type.Number()),
  oldDeadlineYear: Type.Integer(),
  newDeadlineYear: Type.Integer(),
  reason: Type.String(),
  revisedBy: Nullable(Type.String({ description: 'Username' })),
  revisedAt: Type.String(),
});

export const FrameworkItemSchema = Type.Object({
  kind: FrameworkItemKindSchema,
  id: Type.Integer(),
  plan: Nullable(Type.String({ description: 'null for units, regions and themes: every plan shares them' })),
  code: Type.String(),
  name: Type.String({ description: 'English' }),
  description: Nullable(Type.String()),
  translations: Type.Record(Type.String(), TranslationTextsSchema, {
    description: 'Per language (fr, es, ar, ru, zh): the stored texts, null where none',
  }),
  parent: Nullable(
    Type.String({ description: "The goal's or priority's code (targets, outcomes, outputs)" }),
  ),
  sortOrder: Type.Integer(),
  retiredAt: Nullable(Type.String()),
  version: Type.String(),
  sourceStatus: Type.Optional(SourceStatusSchema),
  sourceUrl: Type.Optional(Nullable(Type.String())),
  unitKind: Type.Optional(StringEnum(ORG_UNIT_KINDS)),
  leadUnit: Type.Optional(Type.String()),
  value: Type.Optional(Nullable(Type.Number())),
  unit: Type.Optional(Type.String()),
  direction: Type.Optional(DirectionSchema),
  deadlineYear: Type.Optional(Type.Integer()),
  baseline: Type.Optional(Nullable(TargetBaselineSchema)),
  statistic: Type.Optional(Nullable(Type.String())),
  kpis: Type.Array(Type.String(), {
    description: 'Codes of the KPIs linked to it (or owned, for a priority)',
  }),
  revisions: Type.Optional(
    Type.Array(TargetRevisionEntrySchema, {
      description: 'target: its value/deadline revisions, oldest first',
    }),
  ),
});
export type FrameworkItem = Static<typeof FrameworkItemSchema>;

export const FrameworkItemListSchema = Type.Object({
  plan: Type.String(),
  planStatus: Type.String(),
  items: Type.Array(FrameworkItemSchema, { description: 'Kind by kind, each in its sort order' }),
});
export type FrameworkItemList = Static<typeof FrameworkItemListSchema>;

export const FrameworkItemHistorySchema = Type.Object({
  items: Type.Array(
    Type.Object({
      at: Type.String(),
      actor: Type.String(),
      action: Type.String({ description: 'create, update, reorder, retire, restore, import, …' }),
      reason: Nullable(Type.String()),
      changes: Type.Array(
        Type.Object({
          field: Type.String(),
          before: Nullable(Type.String()),
          after: Nullable(Type.String()),
        }),
      ),
    }),
    { description: 'Oldest first' },
  ),
});
export type FrameworkItemHistory = Static<typeof FrameworkItemHistorySchema>;

export const MoveKpiLinkBodySchema = Type.Object(
  {
    level: StringEnum(['outcome', 'output'] as const),
    from: Type.String({ minLength: 1, maxLength: 64, description: 'The code the KPI is linked to now' }),
    to: Type.String({ minLength: 1, maxLength: 64, description: 'The code of the same plan to link it to' }),
  },
  { additionalProperties: false },
);
export type MoveKpiLinkBody = Static<typeof MoveKpiLinkBodySchema>;

export const KpiLinksSchema = Type.Object({
  kpi: Type.String(),
  outcomes: Type.Array(Type.String()),
  outputs: Type.Array(Type.String()),
});
export type KpiLinks = Static<typeof KpiLinksSchema>;
