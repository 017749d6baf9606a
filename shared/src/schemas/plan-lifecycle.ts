// Plan lifecycle (issue 14): "New plan from this one", the activation checklist, activating and closing.
import { Type, type Static } from 'typebox';
import { PlanStatusSchema, StringEnum } from './common.ts';
import { PlanSchema } from './plans.ts';

const Year = Type.Integer({ minimum: 1900, maximum: 2200 });

export const PlanSuccessorBodySchema = Type.Object(
  {
    code: Type.String({
      pattern: '^[A-Za-z0-9._-]{1,40}$',
      description: 'The new plan code, e.g. SP-2028-2031',
    }),
    title: Type.String({
      minLength: 1,
      maxLength: 200,
      pattern: '\\S',
      description: 'The new plan title (English)',
    }),
    startYear: Year,
    endYear: Year,
  },
  { additionalProperties: false },
);
export type PlanSuccessorBody = Static<typeof PlanSuccessorBodySchema>;

export const PlanSuccessorResultSchema = Type.Object({
  plan: PlanSchema,
  from: Type.String({ description: 'The plan the draft was copied from' }),
  counts: Type.Object({
    goals: Type.Integer(),
    targets: Type.Integer(),
    priorities: Type.Integer(),
    outcomes: Type.Integer(),
    outputs: Type.Integer(),
    enablers: Type.Integer(),
    kpis: Type.Integer({ description: 'Active KPIs copied, each continuing its KPI of the source plan' }),
  }),
});
export type PlanSuccessorResult = Static<typeof PlanSuccessorResultSchema>;

/** What must hold before a draft plan is activated; each item's key names its message on the client. */
export const PLAN_CHECKLIST_KEYS = [
  'annualTargets',
  'targets',
  'priorities',
  'orphanKpis',
  'calendar',
] as const;
export type PlanChecklistKey = (typeof PLAN_CHECKLIST_KEYS)[number];

export const PlanChecklistItemSchema = Type.Object({
  key: StringEnum(PLAN_CHECKLIST_KEYS),
  ok: Type.Boolean(),
  count: Type.Integer({ description: 'How many items fail the check (0 when ok)' }),
  codes: Type.Array(Type.String(), {
    description: 'The codes of the failing KPIs, targets or priorities (the first 100)',
  }),
});
export type PlanChecklistItem = Static<typeof PlanChecklistItemSchema>;

export const PlanChecklistSchema = Type.Object({
  plan: Type.String(),
  status: PlanStatusSchema,
  ready: Type.Boolean({ description: 'Every item passes: the plan can be activated' }),
  items: Type.Array(PlanChecklistItemSchema),
});
export type PlanChecklist = Static<typeof PlanChecklistSchema>;
