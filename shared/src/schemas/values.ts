// One KPI value: a quarter of a KPI, for the KPI as a whole or one region, with its state and version.
import { Type, type Static } from 'typebox';
import { Nullable } from './common.ts';
import { AssessmentSchema, QuarterSchema, ValueStateSchema } from './figures.ts';

export const ValueParamsSchema = Type.Object({
  id: Type.Integer({ minimum: 1, maximum: 2147483647, description: 'KPI id' }),
  period: QuarterSchema,
});

const regionCode = Type.String({
  pattern: '^[A-Z]{2,4}$',
  description: 'Region code (AFR, AMS, ARB, ASP, CIS, EUR)',
});

export const PutValueBodySchema = Type.Object(
  {
    value: Nullable(
      Type.Number({ description: 'null together with noDataReason: no figure exists this quarter' }),
    ),
    region: Type.Optional(regionCode),
    note: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
    evidenceUrl: Type.Optional(Nullable(Type.String({ maxLength: 500, pattern: '^https?://\\S+$' }))),
    noDataReason: Type.Optional(Nullable(Type.String({ maxLength: 1000 }))),
    version: Type.Optional(
      Type.Integer({
        minimum: 1,
        description: 'The version you loaded; required when the value already exists',
      }),
    ),
  },
  { additionalProperties: false },
);
export type PutValueBody = Static<typeof PutValueBodySchema>;

export const DeleteValueQuerySchema = Type.Object(
  {
    region: Type.Optional(regionCode),
    version: Type.Optional(Type.Integer({ minimum: 1, maximum: 2147483647 })),
  },
  { additionalProperties: false },
);

export const KpiValueSchema = Type.Object({
  id: Type.Integer(),
  kpiId: Type.Integer(),
  kpiCode: Type.String(),
  period: Type.String(),
  region: Nullable(Type.String()),
  value: Nullable(Type.Number()),
  noDataReason: Nullable(Type.String()),
  note: Nullable(Type.String()),
  evidenceUrl: Nullable(Type.String()),
  state: ValueStateSchema,
  version: Type.Integer(),
  returnComment: Nullable(Type.String({ description: "The reviewer's comment when the value was returned" })),
  enteredBy: Nullable(Type.String()),
  enteredAt: Type.String(),
  submittedAt: Nullable(Type.String()),
  approvedAt: Nullable(Type.String()),
  assessment: Nullable(AssessmentSchema),
});
export type KpiValue = Static<typeof KpiValueSchema>;

/** The most cells one batch may carry: a pasted block or an autosave, never a whole plan. */
export const VALUE_BATCH_MAX_CELLS = 5000;

/** One cell of a batch: the KPI and quarter (the PUT's path) and the PUT's body. */
export const ValueCellSchema = Type.Object(
  {
    kpiId: Type.Integer({ minimum: 1, maximum: 2147483647, description: 'KPI id' }),
    period: QuarterSchema,
    ...PutValueBodySchema.properties,
  },
  { additionalProperties: false },
);
export type ValueCell = Static<typeof ValueCellSchema>;

export const ValueBatchBodySchema = Type.Object(
  { cells: Type.Array(ValueCellSchema, { minItems: 1, maxItems: VALUE_BATCH_MAX_CELLS }) },
  { additionalProperties: false },
);
export type ValueBatchBody = Static<typeof ValueBatchBodySchema>;

export const CellProblemSchema = Type.Object({
  code: Type.String({ description: 'Stable error code the client translates' }),
  title: Type.String(),
  detail: Type.Optional(Type.String()),
  errors: Type.Optional(
    Type.Array(Type.Object({ field: Type.String(), message: Type.String(), code: Type.String() })),
  ),
});

export const ValueBatchResultSchema = Type.Object({
  results: Type.Array(
    Type.Object({
      index: Type.Integer({ description: "The cell's place in the request" }),
      status: Type.Integer({ description: 'What a PUT of this cell alone would answer: 200, 201 or 4xx' }),
      value: Type.Optional(KpiValueSchema),
      problem: Type.Optional(CellProblemSchema),
    }),
  ),
});
export type ValueBatchResult = Static<typeof ValueBatchResultSchema>;
