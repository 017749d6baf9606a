// Oversight recommendations, the compliance dashboard (issue 15): a recommendation of an oversight body
// with its responsible unit and links to the results; its acceptance and implementation are proposed by a
// focal point as a draft state and published once a reviewer of the unit confirms it. Rates and ageing are
// computed on confirmed states only.
import { Type, type Static } from 'typebox';
import {
  ACCEPTANCES,
  ADDRESSEES,
  IMPLEMENTATIONS,
  OVERSIGHT_BODIES,
  RECOMMENDATION_PRIORITIES,
  RECOMMENDATION_STATES,
} from '../rbm/recommendation.ts';
import { Nullable, StringEnum } from './common.ts';
import { IdSchema } from './kpis.ts';

const Code = (description: string) => Type.String({ pattern: '^[A-Za-z0-9._-]{1,40}$', description });
const Day = (description: string) =>
  Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$', description });

export const OversightBodySchema = StringEnum(OVERSIGHT_BODIES);
export const AddresseeSchema = StringEnum(ADDRESSEES);
export const RecommendationPrioritySchema = StringEnum(RECOMMENDATION_PRIORITIES);
export const AcceptanceSchema = StringEnum(ACCEPTANCES);
export const ImplementationSchema = StringEnum(IMPLEMENTATIONS);

export const RecommendationIdParamsSchema = Type.Object({ id: IdSchema });

/** What a focal point proposes and a reviewer confirms. */
export const RecommendationStatusBodySchema = Type.Object(
  {
    acceptance: AcceptanceSchema,
    implementation: ImplementationSchema,
    targetDate: Nullable(Day('Target date of implementation, YYYY-MM-DD')),
    evidence: Type.Array(
      Type.String({ pattern: '^https?://[^\\s]+$', maxLength: 500, description: 'An http(s) link' }),
      {
        maxItems: 20,
        uniqueItems: true,
        description: 'Links to the evidence of implementation',
      },
    ),
    note: Nullable(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
export type RecommendationStatusBody = Static<typeof RecommendationStatusBodySchema>;

export const RecommendationStatusSchema = Type.Object({
  ...RecommendationStatusBodySchema.properties,
  state: StringEnum(RECOMMENDATION_STATES, 'draft until a reviewer of the responsible unit confirms it'),
  overdue: Type.Boolean({ description: 'Open with its target date passed' }),
  proposedBy: Nullable(Type.String()),
  proposedAt: Type.String(),
  confirmedBy: Nullable(Type.String()),
  confirmedAt: Nullable(Type.String()),
});
export type RecommendationStatus = Static<typeof RecommendationStatusSchema>;

export const RecommendationSummarySchema = Type.Object({
  id: Type.Integer(),
  body: OversightBodySchema,
  reportRef: Type.String(),
  reportDate: Type.String(),
  number: Type.String(),
  text: Type.String(),
  addressee: AddresseeSchema,
  priority: RecommendationPrioritySchema,
  sector: Type.Object({ code: Type.String(), name: Type.String() }),
  priorities: Type.Array(Type.String()),
  kpis: Type.Array(Type.String()),
  risks: Type.Array(Type.String()),
  /** The latest state you may see (confirmed only, unless the unit is in your scope). */
  status: Nullable(RecommendationStatusSchema),
});
export type RecommendationSummary = Static<typeof RecommendationSummarySchema>;

export const RecommendationDetailSchema = Type.Object({
  ...RecommendationSummarySchema.properties,
  plan: Type.String(),
  history: Type.Array(RecommendationStatusSchema, { description: 'Every state you may see, oldest first' }),
  version: Type.Integer(),
  canEdit: Type.Boolean(),
  canConfirm: Type.Boolean(),
});
export type RecommendationDetail = Static<typeof RecommendationDetailSchema>;

export const RecommendationBodySchema = Type.Object(
  {
    body: OversightBodySchema,
    reportRef: Type.String({ minLength: 1, maxLength: 100, description: 'e.g. JIU/REP/2023/4' }),
    reportDate: Day('Date of the report, YYYY-MM-DD'),
    number: Type.String({ minLength: 1, maxLength: 20, description: 'Number in the report, e.g. 3 or 4.b' }),
    text: Type.String({ minLength: 1, maxLength: 5000 }),
    addressee: AddresseeSchema,
    priority: RecommendationPrioritySchema,
    sector: Code('Responsible unit: a Sector or the General Secretariat (GS)'),
    priorities: Type.Array(Code('Thematic priority code'), { maxItems: 50, uniqueItems: true }),
    kpis: Type.Array(Code('KPI code'), { maxItems: 100, uniqueItems: true }),
    risks: Type.Array(Code('Risk code'), { maxItems: 50, uniqueItems: true }),
    status: RecommendationStatusBodySchema,
  },
  { additionalProperties: false },
);
export type RecommendationBody = Static<typeof RecommendationBodySchema>;

export const CreateRecommendationBodySchema = Type.Object(
  {
    ...RecommendationBodySchema.properties,
    plan: Type.Optional(Code('Plan code; the active plan when omitted')),
  },
  { additionalProperties: false },
);
export type CreateRecommendationBody = Static<typeof CreateRecommendationBodySchema>;

export const UpdateRecommendationBodySchema = Type.Object(
  {
    ...RecommendationBodySchema.properties,
    version: Type.Integer({
      minimum: 1,
      description: 'The version you loaded (409 version_conflict otherwise)',
    }),
  },
  { additionalProperties: false },
);
export type UpdateRecommendationBody = Static<typeof UpdateRecommendationBodySchema>;

export const RecommendationListQuerySchema = Type.Object(
  {
    plan: Type.Optional(Code('Plan code; the active plan when omitted')),
    body: Type.Optional(OversightBodySchema),
    year: Type.Optional(Type.Integer({ minimum: 1990, maximum: 2100, description: 'Report year' })),
    sector: Type.Optional(Code('Responsible unit')),
    acceptance: Type.Optional(AcceptanceSchema),
    implementation: Type.Optional(ImplementationSchema),
    overdue: Type.Optional(Type.Boolean({ description: 'Only overdue (true) or not overdue' })),
  },
  { additionalProperties: false },
);
export type RecommendationListQuery = Static<typeof RecommendationListQuerySchema>;

export const RecommendationListSchema = Type.Object({
  plan: Type.String(),
  today: Type.String({ description: 'The day overdue is judged on' }),
  items: Type.Array(RecommendationSummarySchema),
});
export type RecommendationList = Static<typeof RecommendationListSchema>;

export const RecommendationRatesQuerySchema = Type.Object(
  { plan: Type.Optional(Code('Plan code; the active plan when omitted')) },
  { additionalProperties: false },
);
export type RecommendationRatesQuery = Static<typeof RecommendationRatesQuerySchema>;

const RatesSchema = Type.Object({
  total: Type.Integer(),
  accepted: Type.Integer(),
  decided: Type.Integer(),
  implemented: Type.Integer(),
  acceptanceRate: Nullable(
    Type.Number({ description: 'Percent accepted (fully or partly) of those decided' }),
  ),
  implementationRate: Nullable(
    Type.Number({ description: 'Percent implemented or closed of those accepted and still relevant' }),
  ),
  open: Type.Integer(),
  overdue: Type.Integer(),
  openOverTwoYears: Type.Integer(),
});

const RecommendationRefSchema = Type.Object({
  id: Type.Integer(),
  body: OversightBodySchema,
  reportRef: Type.String(),
  number: Type.String(),
  targetDate: Nullable(Type.String()),
});

export const RecommendationRatesSchema = Type.Object({
  plan: Type.String(),
  today: Type.String(),
  confirmedOnly: Type.Literal(true, { description: 'Computed on confirmed states only' }),
  overall: RatesSchema,
  byBody: Type.Array(Type.Object({ body: OversightBodySchema, rates: RatesSchema })),
  byYear: Type.Array(Type.Object({ year: Type.Integer(), rates: RatesSchema })),
  byUnit: Type.Array(
    Type.Object({ sector: Type.Object({ code: Type.String(), name: Type.String() }), rates: RatesSchema }),
    { description: 'Per responsible unit with recommendations, in the order of the units' },
  ),
  overdueByUnit: Type.Array(
    Type.Object({
      sector: Type.Object({ code: Type.String(), name: Type.String() }),
      items: Type.Array(RecommendationRefSchema),
    }),
  ),
});
export type RecommendationRates = Static<typeof RecommendationRatesSchema>;
