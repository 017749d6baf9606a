// Translations of framework content, edited by administrators: the English held on each entity beside its
// text in one other official language. English itself is edited with the entity, never here.
import { Type, type Static } from 'typebox';
import { StringEnum } from './common.ts';

/** The framework entities whose names and definitions are translated here (themes are common to all plans). */
export const TRANSLATED_ENTITIES = [
  'goal',
  'target',
  'thematic_priority',
  'outcome',
  'kpi',
  'intersectoral_theme',
] as const;
export type TranslatedEntity = (typeof TRANSLATED_ENTITIES)[number];

export const TRANSLATED_FIELDS = ['name', 'description', 'definition'] as const;
export type TranslatedField = (typeof TRANSLATED_FIELDS)[number];

/** Which fields each entity has: KPIs have a definition, the others a description. */
export const FIELDS_OF_ENTITY: Record<TranslatedEntity, readonly TranslatedField[]> = {
  goal: ['name', 'description'],
  target: ['name', 'description'],
  thematic_priority: ['name', 'description'],
  outcome: ['name', 'description'],
  kpi: ['name', 'definition'],
  intersectoral_theme: ['name', 'description'],
};

/** Longest accepted text per field: names are one line, descriptions and definitions a paragraph. */
export const TRANSLATION_MAX_LENGTH: Record<TranslatedField, number> = {
  name: 300,
  description: 4000,
  definition: 4000,
};

export const TRANSLATION_LANGUAGES = ['fr', 'es', 'ar', 'ru', 'zh'] as const;
export type TranslationLanguage = (typeof TRANSLATION_LANGUAGES)[number];

/** unofficial: written for the project and shown marked; confirmed: an administrator vouched for it. */
export const TRANSLATION_STATUSES = ['unofficial', 'confirmed'] as const;
export type TranslationStatus = (typeof TRANSLATION_STATUSES)[number];

export const TranslatedEntitySchema = StringEnum(TRANSLATED_ENTITIES);
export const TranslatedFieldSchema = StringEnum(TRANSLATED_FIELDS);
export const TranslationLanguageSchema = StringEnum(
  TRANSLATION_LANGUAGES,
  'An official language other than English (English lives on the entity itself)',
);

export const TranslationListQuerySchema = Type.Object({
  plan: Type.Optional(
    Type.String({
      pattern: '^[A-Za-z0-9._-]{1,40}$',
      description: 'Plan code; the active plan when omitted',
    }),
  ),
  language: TranslationLanguageSchema,
  entity: Type.Optional(TranslatedEntitySchema),
  missing: Type.Optional(Type.Boolean({ description: 'Only texts without a translation' })),
});
export type TranslationListQuery = Static<typeof TranslationListQuerySchema>;

export const TranslationItemSchema = Type.Object({
  entity: TranslatedEntitySchema,
  entityId: Type.Integer(),
  code: Type.String({ description: 'The entity code, e.g. KAP-1 or D1-K2' }),
  field: TranslatedFieldSchema,
  english: Type.String(),
  language: TranslationLanguageSchema,
  text: Type.Union([Type.String(), Type.Null()], { description: 'null when not translated yet' }),
  status: Type.Union([StringEnum(TRANSLATION_STATUSES), Type.Null()], {
    description: 'null when not translated yet',
  }),
  updatedAt: Type.Union([Type.String(), Type.Null()]),
});
export type TranslationItem = Static<typeof TranslationItemSchema>;

export const TranslationListSchema = Type.Object({
  plan: Type.String(),
  language: TranslationLanguageSchema,
  total: Type.Integer({ description: 'Texts of the chosen entities, translated or not' }),
  missing: Type.Integer({ description: 'How many of them have no translation' }),
  confirmed: Type.Integer({ description: 'How many translations an administrator has confirmed' }),
  items: Type.Array(TranslationItemSchema),
});
export type TranslationList = Static<typeof TranslationListSchema>;

export const TranslationParamsSchema = Type.Object({
  entity: TranslatedEntitySchema,
  id: Type.Integer({ minimum: 1, maximum: 2147483647 }),
  field: TranslatedFieldSchema,
  language: TranslationLanguageSchema,
});
export type TranslationParams = Static<typeof TranslationParamsSchema>;

export const SaveTranslationBodySchema = Type.Object(
  {
    text: Type.String({
      maxLength: 4000,
      description: 'The translation; empty (or only spaces) removes it, so English shows again',
    }),
  },
  { additionalProperties: false },
);
export type SaveTranslationBody = Static<typeof SaveTranslationBodySchema>;

/** How complete each language is, for one plan: texts, translated ones, confirmed ones. */
export const TranslationSummaryQuerySchema = Type.Object({
  plan: TranslationListQuerySchema.properties.plan,
});
export type TranslationSummaryQuery = Static<typeof TranslationSummaryQuerySchema>;

export const TranslationSummarySchema = Type.Object({
  plan: Type.String(),
  languages: Type.Array(
    Type.Object({
      language: TranslationLanguageSchema,
      total: Type.Integer(),
      translated: Type.Integer(),
      confirmed: Type.Integer(),
    }),
  ),
});
export type TranslationSummary = Static<typeof TranslationSummarySchema>;
