// Intersectoral coordination (issue 16): the themes with their coordinator and the units' focal points, the
// units' activities on them (texts in the languages given; overlapping events flagged), the themes x units
// matrix with each theme's roll-up from the published figures, and the duplication radar's candidates with
// the coordinators' decisions.
import { Type, type Static } from 'typebox';
import { LANGUAGES } from '../domain.ts';
import { LocalizedTextSchema, Nullable, StringEnum } from './common.ts';
import { RollUpSchema } from './figures.ts';
import { IdSchema } from './kpis.ts';

export const ACTIVITY_KINDS = ['event', 'publication', 'study_group', 'project', 'mission'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];
export const RADAR_DECISIONS = ['joint_work', 'duplicate', 'unrelated'] as const;
export type RadarDecisionKind = (typeof RADAR_DECISIONS)[number];

const ThemeCode = Type.String({ pattern: '^[A-Za-z0-9_-]{1,20}$', description: 'Theme code, e.g. GEN' });
const Unit = Type.String({
  pattern: '^[A-Za-z0-9-]{1,20}$',
  description: 'A Sector code (ITU-R, ITU-T, ITU-D, GS) or a regional office, RO-<region> (RO-AFR)',
});
const Day = (description: string) =>
  Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$', description });
const Username = Type.String({ minLength: 1, maxLength: 80 });

export const ThemeCodeParamsSchema = Type.Object({ code: ThemeCode });
export const FocalPointParamsSchema = Type.Object({ code: ThemeCode, unit: Unit });
export const AppointmentBodySchema = Type.Object(
  { username: Nullable(Username) },
  { additionalProperties: false, description: 'The user appointed, or null to leave the post empty' },
);
export type AppointmentBody = Static<typeof AppointmentBodySchema>;

export const PersonSchema = Type.Object({ username: Type.String(), name: Type.String() });

export const ThemeSchema = Type.Object({
  code: Type.String(),
  name: LocalizedTextSchema,
  coordinator: Nullable(PersonSchema),
  focalPoints: Type.Array(Type.Object({ unit: Type.String(), person: PersonSchema })),
});
export type Theme = Static<typeof ThemeSchema>;
export const ThemeListSchema = Type.Object({
  units: Type.Array(Type.String(), { description: 'Every unit in its usual order' }),
  items: Type.Array(ThemeSchema),
});
export type ThemeList = Static<typeof ThemeListSchema>;

export const ActivityTextSchema = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: 300 }),
    description: Nullable(Type.String({ maxLength: 4000 })),
  },
  { additionalProperties: false },
);
export const ActivityTextsSchema = Type.Object(
  Object.fromEntries(LANGUAGES.map((l) => [l, Type.Optional(ActivityTextSchema)])) as Record<
    (typeof LANGUAGES)[number],
    ReturnType<typeof Type.Optional<typeof ActivityTextSchema>>
  >,
  { additionalProperties: false, minProperties: 1, description: 'Title and description per language held' },
);
export type ActivityTexts = Static<typeof ActivityTextsSchema>;

export const ActivityBodySchema = Type.Object(
  {
    code: Type.String({ pattern: '^[A-Za-z0-9._-]{1,40}$' }),
    kind: StringEnum(ACTIVITY_KINDS),
    unit: Unit,
    region: Nullable(Type.String({ pattern: '^[A-Z]{2,5}$', description: 'Region code; null: global' })),
    startDate: Day('First day, YYYY-MM-DD'),
    endDate: Day('Last day, YYYY-MM-DD (not before the first)'),
    texts: ActivityTextsSchema,
    themes: Type.Array(ThemeCode, { minItems: 1, maxItems: 13, uniqueItems: true }),
    partners: Type.Array(
      Type.String({
        minLength: 1,
        maxLength: 200,
        pattern: '^[^;]*$',
        description: 'No ";": it separates the partners in the spreadsheet',
      }),
      { maxItems: 30, uniqueItems: true },
    ),
    participants: Type.Array(Unit, {
      maxItems: 12,
      uniqueItems: true,
      description: 'Other units taking part',
    }),
  },
  { additionalProperties: false },
);
export type ActivityBody = Static<typeof ActivityBodySchema>;
export const UpdateActivityBodySchema = Type.Object(
  { ...ActivityBodySchema.properties, version: Type.Integer({ minimum: 1 }) },
  { additionalProperties: false },
);
export type UpdateActivityBody = Static<typeof UpdateActivityBodySchema>;

export const ActivityOverlapSchema = Type.Object({
  code: Type.String(),
  unit: Type.String(),
  themes: Type.Array(Type.String(), { description: 'The themes both share' }),
});

export const ActivitySchema = Type.Object({
  ...ActivityBodySchema.properties,
  id: IdSchema,
  version: Type.Integer(),
  sourceStatus: Type.String({ description: 'demo for the demonstration data' }),
  overlaps: Type.Array(ActivityOverlapSchema, {
    description: 'Events of other units on a shared theme, in the same region, whose dates overlap',
  }),
});
export type Activity = Static<typeof ActivitySchema>;
export const ActivityIdParamsSchema = Type.Object({ id: IdSchema });
export const ActivityListQuerySchema = Type.Object({
  theme: Type.Optional(ThemeCode),
  unit: Type.Optional(Unit),
  kind: Type.Optional(StringEnum(ACTIVITY_KINDS)),
  overlapping: Type.Optional(Type.Boolean({ description: 'Only events flagged as overlapping' })),
});
export const ActivityListSchema = Type.Object({
  items: Type.Array(ActivitySchema),
  mayEdit: Type.Boolean({
    description: "Whether the reader may edit some unit's activities (and so import)",
  }),
});
export type ActivityList = Static<typeof ActivityListSchema>;

export const MatrixQuerySchema = Type.Object({
  plan: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9._-]{1,40}$' })),
  period: Type.Optional(
    Type.String({ pattern: '^\\d{4}-Q[1-4]$', description: 'The quarter, e.g. 2026-Q2' }),
  ),
  theme: Type.Optional(ThemeCode),
  unit: Type.Optional(Unit),
  lang: Type.Optional(StringEnum(LANGUAGES)),
});
export const MatrixCellSchema = Type.Object({
  theme: Type.String(),
  unit: Type.String(),
  kpis: Type.Array(Type.String(), { description: 'Codes of the unit KPIs tagged with the theme' }),
  activities: Type.Array(Type.String(), { description: 'Codes of the unit activities on the theme' }),
});
export const MatrixThemeSchema = Type.Object({
  code: Type.String(),
  name: LocalizedTextSchema,
  coordinator: Nullable(PersonSchema),
  rollUp: RollUpSchema,
  quarters: Type.Array(Type.Object({ period: Type.String(), rollUp: RollUpSchema })),
  openCandidates: Type.Integer({ description: 'Radar candidates on the theme no coordinator has decided' }),
});
export const MatrixSchema = Type.Object({
  plan: Type.String(),
  period: Type.String(),
  basis: Type.Object({ values: Type.Literal('approved'), period: Type.String() }),
  units: Type.Array(Type.String()),
  themes: Type.Array(MatrixThemeSchema),
  cells: Type.Array(MatrixCellSchema),
});
export type Matrix = Static<typeof MatrixSchema>;

export const RadarItemSchema = Type.Object({
  key: Type.String({ description: "'activity:<id>' or 'kpi:<id>'" }),
  kind: StringEnum(['activity', 'kpi'] as const),
  code: Type.String(),
  unit: Type.String(),
  title: Type.String(),
});
export const RadarCandidateSchema = Type.Object({
  theme: Type.String(),
  a: RadarItemSchema,
  b: RadarItemSchema,
  score: Type.Number({ description: '0 to 1' }),
  reasons: Type.Array(Type.String(), { description: 'Stable reason codes: similar_text, same_region, ...' }),
  similarity: Type.Number({ description: 'Text similarity, 0 to 1' }),
  decision: Nullable(
    Type.Object({
      decision: StringEnum(RADAR_DECISIONS),
      note: Type.String(),
      decidedBy: Nullable(Type.String()),
      decidedAt: Type.String(),
    }),
  ),
});
export type RadarCandidate = Static<typeof RadarCandidateSchema>;
export const RadarQuerySchema = Type.Object({
  theme: Type.Optional(ThemeCode),
  state: Type.Optional(StringEnum(['open', 'decided', 'all'] as const, 'open by default')),
  plan: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9._-]{1,40}$' })),
});
export const RadarSchema = Type.Object({
  plan: Type.String(),
  items: Type.Array(RadarCandidateSchema),
  openByTheme: Type.Record(Type.String(), Type.Integer()),
});
export type Radar = Static<typeof RadarSchema>;
export const RadarDecisionBodySchema = Type.Object(
  {
    a: Type.String({ pattern: '^(activity|kpi):[0-9]{1,12}$' }),
    b: Type.String({ pattern: '^(activity|kpi):[0-9]{1,12}$' }),
    decision: StringEnum(RADAR_DECISIONS),
    note: Type.String({ minLength: 1, maxLength: 2000 }),
    plan: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9._-]{1,40}$' })),
  },
  { additionalProperties: false },
);
export type RadarDecisionBody = Static<typeof RadarDecisionBodySchema>;
