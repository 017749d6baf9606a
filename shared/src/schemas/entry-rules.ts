// Entry rules of a plan, set by an administrator: what a quarter needs before it is submitted, and the
// hard limits and soft warnings values are checked against (plan defaults, per-KPI overrides).
import { Type, type Static } from 'typebox';
import { MISSING_CODES, NARRATIVES, NOTE_TRIGGERS, WARNING_CODES } from '../rbm/entry-rules.ts';
import { Nullable, StringEnum } from './common.ts';

const Limit = Type.Number({ minimum: -1e15, maximum: 1e15 });

export const ValueRuleSettingsSchema = Type.Object(
  {
    min: Nullable(Limit),
    max: Nullable(Limit),
    integer: Nullable(Type.Boolean({ description: 'Whole numbers only' })),
    maxChangeShare: Nullable(
      Type.Number({
        minimum: 0,
        maximum: 1000,
        description: 'Warn when a value changes by more than this share of the previous quarter (0.5 = 50 %)',
      }),
    ),
    maxTargetMultiple: Nullable(
      Type.Number({
        exclusiveMinimum: 0,
        maximum: 1000,
        description: "Warn when a value exceeds this multiple of the year's target",
      }),
    ),
    regionsAddUp: Nullable(
      Type.Boolean({
        description: 'Warn when regions of a count or currency KPI do not add up to the total',
      }),
    ),
  },
  { additionalProperties: false, description: 'null: not set (a KPI then follows the plan)' },
);
export type ValueRuleSettingsBody = Static<typeof ValueRuleSettingsSchema>;

export const CompletenessRulesSchema = Type.Object(
  {
    requiredNarratives: Type.Array(StringEnum(NARRATIVES, 'A narrative field'), {
      uniqueItems: true,
      maxItems: 3,
    }),
    noteRequiredFor: Type.Array(StringEnum(NOTE_TRIGGERS, 'KPIs that need a note'), {
      uniqueItems: true,
      maxItems: 3,
    }),
  },
  { additionalProperties: false },
);

export const PutPlanEntryRulesBodySchema = Type.Object(
  {
    completeness: CompletenessRulesSchema,
    defaults: ValueRuleSettingsSchema,
    version: Type.Optional(Type.Integer({ minimum: 1, description: 'The version you loaded (if any)' })),
  },
  { additionalProperties: false },
);
export type PutPlanEntryRulesBody = Static<typeof PutPlanEntryRulesBodySchema>;

export const KpiEntryRuleSchema = Type.Object({
  kpiId: Type.Integer(),
  code: Type.String(),
  settings: ValueRuleSettingsSchema,
});
export type KpiEntryRule = Static<typeof KpiEntryRuleSchema>;

export const PlanEntryRulesSchema = Type.Object({
  plan: Type.String(),
  version: Type.Integer({ description: '0 while nothing is set' }),
  completeness: CompletenessRulesSchema,
  defaults: ValueRuleSettingsSchema,
  kpis: Type.Array(KpiEntryRuleSchema, { description: 'KPIs with their own settings, by code' }),
});
export type PlanEntryRules = Static<typeof PlanEntryRulesSchema>;

export const KpiEntryRuleParamsSchema = Type.Object({
  plan: Type.String({ pattern: '^[A-Za-z0-9._-]{1,40}$', description: 'Plan code' }),
  code: Type.String({ pattern: '^[A-Za-z0-9._-]{1,40}$', description: 'KPI code' }),
});

export const EntryFindingSchema = Type.Object({
  code: Type.Union([StringEnum(MISSING_CODES), StringEnum(WARNING_CODES)]),
  narrative: Type.Optional(StringEnum(NARRATIVES)),
  kpiCode: Type.Optional(Type.String()),
  reason: Type.Optional(Type.Union([StringEnum(NOTE_TRIGGERS), StringEnum(WARNING_CODES)])),
  value: Type.Optional(Type.Number()),
  reference: Type.Optional(Type.Number()),
});
export type EntryFinding = Static<typeof EntryFindingSchema>;

export const EntryFindingsSchema = Type.Object({
  period: Type.String(),
  missing: Type.Array(EntryFindingSchema, { description: 'What the quarter needs before it is submitted' }),
  warnings: Type.Array(EntryFindingSchema, { description: 'Values that look implausible under the rules' }),
});
export type EntryFindings = Static<typeof EntryFindingsSchema>;
