// The dashboard: roll-ups of one period by goal, Sector, priority and region.
import { Type, type Static } from 'typebox';
import { LanguageSchema, LocalizedTextSchema } from './common.ts';
import { FiguresBasisSchema, IncludeSchema, PeriodSchema, RollUpSchema } from './figures.ts';

export const DashboardQuerySchema = Type.Object(
  {
    plan: Type.Optional(Type.String({ description: 'Plan code; the active plan when omitted' })),
    period: Type.Optional(PeriodSchema),
    include: Type.Optional(IncludeSchema),
    lang: Type.Optional(LanguageSchema),
  },
  { additionalProperties: false },
);

const group = Type.Object({ code: Type.String(), name: LocalizedTextSchema, rollUp: RollUpSchema });

export const DashboardSchema = Type.Object({
  plan: Type.Object({ code: Type.String(), name: LocalizedTextSchema }),
  basis: FiguresBasisSchema,
  overall: RollUpSchema,
  goals: Type.Array(group),
  sectors: Type.Array(group),
  priorities: Type.Array(Type.Object({ ...group.properties, sector: Type.String() })),
  regions: Type.Array(group),
});
export type Dashboard = Static<typeof DashboardSchema>;
