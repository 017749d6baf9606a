// The MoU register (issue 15): memoranda of understanding with financial or strategic implications, their
// owner unit and region, links to priorities and intersectoral themes; a draft until a reviewer of the unit
// confirms it, and only confirmed ones reach readers outside the unit (the Council among them).
import { Type, type Static } from 'typebox';
import { MOU_STATES, MOU_STATUSES, MOU_TYPES } from '../rbm/mou.ts';
import { Nullable, StringEnum } from './common.ts';
import { IdSchema } from './kpis.ts';

const Code = (description: string) => Type.String({ pattern: '^[A-Za-z0-9._-]{1,40}$', description });
const Day = (description: string) =>
  Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$', description });

export const MouTypeSchema = StringEnum(MOU_TYPES);
export const MouStatusSchema = StringEnum(MOU_STATUSES);
export const MouIdParamsSchema = Type.Object({ id: IdSchema });

const mouProperties = {
  code: Code('Code of the MoU, unique in the plan'),
  partner: Type.String({ minLength: 1, maxLength: 300 }),
  type: MouTypeSchema,
  signedDate: Day('Day signed, YYYY-MM-DD'),
  expiryDate: Nullable(Day('Day it expires, YYYY-MM-DD')),
  financialAmount: Nullable(
    Type.Number({ minimum: 0, maximum: 1e12, description: 'Financial implications' }),
  ),
  currency: Nullable(Type.String({ pattern: '^[A-Z]{3}$', description: 'ISO 4217 code, e.g. CHF' })),
  strategicImplications: Nullable(Type.String({ maxLength: 2000 })),
  status: MouStatusSchema,
};

export const MouBodySchema = Type.Object(
  {
    ...mouProperties,
    sector: Code('Owner unit: a Sector or the General Secretariat (GS)'),
    region: Nullable(Code('Region code, e.g. AFR')),
    priorities: Type.Array(Code('Thematic priority code'), { maxItems: 50, uniqueItems: true }),
    themes: Type.Array(Code('Intersectoral theme code'), { maxItems: 50, uniqueItems: true }),
  },
  { additionalProperties: false },
);
export type MouBody = Static<typeof MouBodySchema>;

export const CreateMouBodySchema = Type.Object(
  { ...MouBodySchema.properties, plan: Type.Optional(Code('Plan code; the active plan when omitted')) },
  { additionalProperties: false },
);
export type CreateMouBody = Static<typeof CreateMouBodySchema>;

export const UpdateMouBodySchema = Type.Object(
  {
    ...MouBodySchema.properties,
    version: Type.Integer({
      minimum: 1,
      description: 'The version you loaded (409 version_conflict otherwise)',
    }),
  },
  { additionalProperties: false },
);
export type UpdateMouBody = Static<typeof UpdateMouBodySchema>;

export const MouSchema = Type.Object({
  id: Type.Integer(),
  ...mouProperties,
  sector: Type.Object({ code: Type.String(), name: Type.String() }),
  region: Nullable(Type.String()),
  priorities: Type.Array(Type.String()),
  themes: Type.Array(Type.String()),
  state: StringEnum(MOU_STATES, 'draft until a reviewer of the owner unit confirms it'),
  expiry: Nullable(
    StringEnum(['expired', 'expiring'] as const, 'Active and past (or within 90 days of) its expiry'),
  ),
  confirmedBy: Nullable(Type.String()),
  confirmedAt: Nullable(Type.String()),
  version: Type.Integer(),
  canEdit: Type.Boolean(),
  canConfirm: Type.Boolean(),
});
export type Mou = Static<typeof MouSchema>;

export const MouListQuerySchema = Type.Object(
  {
    plan: Type.Optional(Code('Plan code; the active plan when omitted')),
    sector: Type.Optional(Code('Owner unit')),
    region: Type.Optional(Code('Region')),
    type: Type.Optional(MouTypeSchema),
    status: Type.Optional(MouStatusSchema),
    expiring: Type.Optional(
      Type.Boolean({ description: 'Only those with an expiry warning (true) or without' }),
    ),
  },
  { additionalProperties: false },
);
export type MouListQuery = Static<typeof MouListQuerySchema>;

const Count = Type.Object({ code: Type.String(), count: Type.Integer() });
export const MouListSchema = Type.Object({
  plan: Type.String(),
  today: Type.String(),
  items: Type.Array(MouSchema),
  counts: Type.Object({
    byUnit: Type.Array(Count, { description: 'Listed MoUs per owner unit' }),
    byRegion: Type.Array(Count, { description: 'Listed MoUs per region ("global" when none)' }),
    expiring: Type.Integer(),
    expired: Type.Integer(),
  }),
});
export type MouList = Static<typeof MouListSchema>;

export const MOU_HISTORY_FIELDS = [
  'code',
  'partner',
  'type',
  'signedDate',
  'expiryDate',
  'financialAmount',
  'currency',
  'strategicImplications',
  'status',
  'sector',
  'region',
  'priorities',
  'themes',
] as const;

export const MouHistorySchema = Type.Object({
  items: Type.Array(
    Type.Object({
      at: Type.String({ description: 'ISO-8601 time' }),
      actor: Type.String({ description: 'Username of who did it' }),
      action: Type.String({ description: 'create, update or confirm' }),
      reason: Nullable(Type.String({ description: 'import when it came from a sheet' })),
      changes: Type.Array(
        Type.Object({
          field: StringEnum(MOU_HISTORY_FIELDS),
          before: Nullable(Type.String()),
          after: Nullable(Type.String()),
        }),
        {
          description: 'The fields a change set (empty for a confirmation, and for readers outside the unit)',
        },
      ),
    }),
    { description: 'Oldest first' },
  ),
});
export type MouHistory = Static<typeof MouHistorySchema>;
