// Commitments and actions (issue 15): retreat commitments, roadmap projects and foresight activities with
// their owner unit and links to the results; a focal point of the unit writes a progress note per quarter
// (with the status) as a draft, published once a reviewer of the unit confirms it.
import { Type, type Static } from 'typebox';
import {
  COMMITMENT_HORIZONS,
  COMMITMENT_PILLARS,
  COMMITMENT_REACHES,
  COMMITMENT_SOURCES,
  COMMITMENT_STATES,
  COMMITMENT_STATUSES,
} from '../rbm/commitment.ts';
import { Nullable, StringEnum } from './common.ts';
import { QuarterSchema } from './figures.ts';
import { IdSchema } from './kpis.ts';

const Code = (description: string) => Type.String({ pattern: '^[A-Za-z0-9._-]{1,40}$', description });
const Day = (description: string) =>
  Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$', description });
const Title = (required: boolean) => {
  const text = Type.String({ minLength: 1, maxLength: 500 });
  return required ? text : Type.Optional(text);
};

export const CommitmentSourceSchema = StringEnum(COMMITMENT_SOURCES);
export const CommitmentReachSchema = StringEnum(COMMITMENT_REACHES, 'internal or external');
export const CommitmentHorizonSchema = StringEnum(COMMITMENT_HORIZONS);
export const CommitmentPillarSchema = StringEnum(COMMITMENT_PILLARS);
export const CommitmentStatusSchema = StringEnum(COMMITMENT_STATUSES);

/** The title in English and in the other languages where given. */
export const CommitmentTitleSchema = Type.Object(
  {
    en: Title(true),
    fr: Title(false),
    es: Title(false),
    ar: Title(false),
    ru: Title(false),
    zh: Title(false),
  },
  { additionalProperties: false },
);
export type CommitmentTitle = Static<typeof CommitmentTitleSchema>;

export const CommitmentIdParamsSchema = Type.Object({ id: IdSchema });

/** A quarter's progress: what a focal point proposes and a reviewer confirms. */
export const CommitmentProgressBodySchema = Type.Object(
  {
    period: QuarterSchema,
    status: CommitmentStatusSchema,
    note: Nullable(Type.String({ maxLength: 2000, description: 'What was done in the quarter' })),
  },
  { additionalProperties: false },
);
export type CommitmentProgressBody = Static<typeof CommitmentProgressBodySchema>;

export const CommitmentProgressSchema = Type.Object({
  ...CommitmentProgressBodySchema.properties,
  state: StringEnum(COMMITMENT_STATES, 'draft until a reviewer of the owner unit confirms it'),
  proposedBy: Nullable(Type.String()),
  proposedAt: Type.String(),
  confirmedBy: Nullable(Type.String()),
  confirmedAt: Nullable(Type.String()),
});
export type CommitmentProgress = Static<typeof CommitmentProgressSchema>;

const commitmentProperties = {
  code: Code('Code of the commitment, unique in the plan, e.g. RET24-1'),
  source: CommitmentSourceSchema,
  sourceName: Type.String({ minLength: 1, maxLength: 200, description: 'e.g. Management retreat 2024' }),
  sourceYear: Type.Integer({ minimum: 1990, maximum: 2100 }),
  title: CommitmentTitleSchema,
  reach: CommitmentReachSchema,
  horizon: CommitmentHorizonSchema,
  pillar: CommitmentPillarSchema,
  dueDate: Nullable(Day('Due date, YYYY-MM-DD')),
};

export const CommitmentSummarySchema = Type.Object({
  id: Type.Integer(),
  ...commitmentProperties,
  sector: Type.Object({ code: Type.String(), name: Type.String() }),
  priorities: Type.Array(Type.String()),
  kpis: Type.Array(Type.String()),
  risks: Type.Array(Type.String()),
  /** The latest progress you may see (confirmed only, unless the unit is in your scope). */
  progress: Nullable(CommitmentProgressSchema),
  overdue: Type.Boolean({ description: 'Open (by the progress shown) with its due date passed' }),
  canEdit: Type.Boolean({ description: 'You may change it and report its progress' }),
  canConfirm: Type.Boolean({ description: 'You may confirm its progress notes' }),
});
export type CommitmentSummary = Static<typeof CommitmentSummarySchema>;

export const CommitmentDetailSchema = Type.Object({
  ...CommitmentSummarySchema.properties,
  plan: Type.String(),
  history: Type.Array(CommitmentProgressSchema, {
    description: 'Every progress note you may see, oldest first',
  }),
  version: Type.Integer(),
});
export type CommitmentDetail = Static<typeof CommitmentDetailSchema>;

export const CommitmentBodySchema = Type.Object(
  {
    ...commitmentProperties,
    sector: Code('Owner unit: a Sector or the General Secretariat (GS)'),
    priorities: Type.Array(Code('Thematic priority code'), { maxItems: 50, uniqueItems: true }),
    kpis: Type.Array(Code('KPI code'), { maxItems: 100, uniqueItems: true }),
    risks: Type.Array(Code('Risk code'), { maxItems: 50, uniqueItems: true }),
  },
  { additionalProperties: false },
);
export type CommitmentBody = Static<typeof CommitmentBodySchema>;

export const CreateCommitmentBodySchema = Type.Object(
  {
    ...CommitmentBodySchema.properties,
    plan: Type.Optional(Code('Plan code; the active plan when omitted')),
    progress: CommitmentProgressBodySchema,
  },
  { additionalProperties: false },
);
export type CreateCommitmentBody = Static<typeof CreateCommitmentBodySchema>;

export const UpdateCommitmentBodySchema = Type.Object(
  {
    ...CommitmentBodySchema.properties,
    version: Type.Integer({
      minimum: 1,
      description: 'The version you loaded (409 version_conflict otherwise)',
    }),
  },
  { additionalProperties: false },
);
export type UpdateCommitmentBody = Static<typeof UpdateCommitmentBodySchema>;

export const CommitmentListQuerySchema = Type.Object(
  {
    plan: Type.Optional(Code('Plan code; the active plan when omitted')),
    source: Type.Optional(CommitmentSourceSchema),
    year: Type.Optional(Type.Integer({ minimum: 1990, maximum: 2100, description: "The source's year" })),
    sector: Type.Optional(Code('Owner unit')),
    pillar: Type.Optional(CommitmentPillarSchema),
    horizon: Type.Optional(CommitmentHorizonSchema),
    reach: Type.Optional(CommitmentReachSchema),
    status: Type.Optional(CommitmentStatusSchema),
    overdue: Type.Optional(Type.Boolean({ description: 'Only overdue (true) or not overdue' })),
  },
  { additionalProperties: false },
);
export type CommitmentListQuery = Static<typeof CommitmentListQuerySchema>;

export const CommitmentListSchema = Type.Object({
  plan: Type.String(),
  today: Type.String({ description: 'The day overdue is judged on' }),
  items: Type.Array(CommitmentSummarySchema),
  counts: Type.Array(Type.Object({ status: CommitmentStatusSchema, count: Type.Integer() }), {
    description: 'How many of the listed commitments have each status (every status, in order)',
  }),
});
export type CommitmentList = Static<typeof CommitmentListSchema>;
