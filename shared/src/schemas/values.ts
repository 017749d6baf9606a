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
