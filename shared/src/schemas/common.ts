// Building blocks every resource schema uses: errors, localized texts, provenance, enums.
import { Type, type Static, type TSchema } from 'typebox';
import {
  AGGREGATIONS,
  DIRECTIONS,
  FREQUENCIES,
  KPI_UNITS,
  LANGUAGES,
  PLAN_STATUSES,
  SOURCE_STATUSES,
  STATUSES,
} from '../domain.ts';

/** A string enum from one of the domain's closed sets, documented in OpenAPI. */
export function StringEnum<const T extends readonly string[]>(values: T, description?: string) {
  return Type.Enum([...values] as T[number][], description ? { description } : {});
}

export const LanguageSchema = StringEnum(LANGUAGES, 'One of the six official languages');
export const DirectionSchema = StringEnum(DIRECTIONS);
export const AggregationSchema = StringEnum(AGGREGATIONS, 'How quarters make a year');
export const FrequencySchema = StringEnum(FREQUENCIES);
export const KpiUnitSchema = StringEnum(KPI_UNITS);
export const StatusSchema = StringEnum(STATUSES);
export const PlanStatusSchema = StringEnum(PLAN_STATUSES);
export const SourceStatusSchema = StringEnum(
  SOURCE_STATUSES,
  'Where the content comes from; anything but verified is shown with a marker',
);

/** A text in the language asked for, or in English when no translation exists (language says which). */
export const LocalizedTextSchema = Type.Object({
  text: Type.String(),
  language: LanguageSchema,
  unofficial: Type.Optional(
    Type.Literal(true, {
      description: 'Present when the text is a translation no administrator has confirmed yet',
    }),
  ),
});
export type LocalizedText = Static<typeof LocalizedTextSchema>;

/** Spread into an object schema's properties: where a piece of framework content comes from. */
export const provenanceProperties = {
  sourceStatus: SourceStatusSchema,
  sourceUrl: Type.Union([Type.String(), Type.Null()]),
};

/** RFC 9457 problem details, with per-field errors for validation and a stable `code` for translation. */
export const ProblemSchema = Type.Object({
  type: Type.String(),
  title: Type.String(),
  status: Type.Integer(),
  detail: Type.String(),
  code: Type.String({ description: 'Stable error code the client translates' }),
  instance: Type.Optional(Type.String()),
  errors: Type.Optional(
    Type.Array(
      Type.Object({
        field: Type.String({ description: 'Where the problem is, e.g. body.value or query.period' }),
        message: Type.String(),
        code: Type.String(),
      }),
    ),
  ),
});
export type Problem = Static<typeof ProblemSchema>;

/**
 * A schema that also accepts null. Primitives become `type: [T, 'null']` rather than `anyOf`: the same in
 * JSON Schema and OpenAPI 3.1, but Fastify's serializer handles `anyOf` by validating every branch of
 * every value it writes, which made responses with many nullable numbers several times slower.
 */
export function Nullable<T extends TSchema>(schema: T) {
  const type = (schema as { type?: unknown }).type;
  if (typeof type === 'string' && type !== 'object' && type !== 'array') {
    return Type.Unsafe<Static<T> | null>({ ...schema, type: [type, 'null'] });
  }
  return Type.Union([schema, Type.Null()]);
}

export const PlanCodeParamsSchema = Type.Object({
  plan: Type.String({ pattern: '^[A-Za-z0-9._-]{1,40}$', description: 'Plan code, e.g. SP-2024-2027' }),
});

export const LanguageQuerySchema = Type.Object({
  lang: Type.Optional(LanguageSchema),
});
