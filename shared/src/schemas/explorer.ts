// The plan explorer: goal or Sector -> priority -> outcome -> KPI, each node rolled up for one period, with
// filters (Sector, region, status) so a view can be shared as a link.
import { Type, type Static } from 'typebox';
import { STATUSES } from '../domain.ts';
import {
  KpiUnitSchema,
  LanguageSchema,
  LocalizedTextSchema,
  Nullable,
  StatusSchema,
  StringEnum,
} from './common.ts';
import { FiguresBasisSchema, IncludeSchema, PeriodSchema, RollUpSchema } from './figures.ts';

export const EXPLORER_VIEWS = ['goal', 'sector'] as const;
export type ExplorerView = (typeof EXPLORER_VIEWS)[number];

const CodeSchema = (description: string) => Type.String({ pattern: '^[A-Za-z0-9._-]{1,40}$', description });

export const ExplorerQuerySchema = Type.Object(
  {
    plan: Type.Optional(CodeSchema('Plan code; the active plan when omitted')),
    period: Type.Optional(PeriodSchema),
    view: Type.Optional(StringEnum(EXPLORER_VIEWS, 'Top level of the tree: goals or Sectors (default goal)')),
    sector: Type.Optional(CodeSchema('Only KPIs of this Sector (owned or linked through an outcome)')),
    region: Type.Optional(
      CodeSchema('Figures of this region: only KPIs disaggregated by region and comparable regionally'),
    ),
    status: Type.Optional(StringEnum(STATUSES, 'Only KPIs with this status (group figures stay whole)')),
    include: Type.Optional(IncludeSchema),
    lang: Type.Optional(LanguageSchema),
  },
  { additionalProperties: false },
);

export const ExplorerKpiSchema = Type.Object({
  code: Type.String(),
  name: LocalizedTextSchema,
  unit: KpiUnitSchema,
  actual: Nullable(Type.Number()),
  expected: Nullable(Type.Number()),
  ratio: Nullable(Type.Number()),
  rollUp: RollUpSchema,
});
export type ExplorerKpi = Static<typeof ExplorerKpiSchema>;

export const ExplorerOutcomeSchema = Type.Object({
  code: Type.String(),
  name: LocalizedTextSchema,
  rollUp: RollUpSchema,
  kpis: Type.Array(ExplorerKpiSchema),
});
export type ExplorerOutcome = Static<typeof ExplorerOutcomeSchema>;

export const ExplorerPrioritySchema = Type.Object({
  code: Type.String(),
  name: LocalizedTextSchema,
  sector: Type.String({ description: "The priority's Sector code" }),
  rollUp: RollUpSchema,
  outcomes: Type.Array(ExplorerOutcomeSchema),
  kpis: Type.Array(ExplorerKpiSchema, { description: 'KPIs of the priority linked to none of its outcomes' }),
});
export type ExplorerPriority = Static<typeof ExplorerPrioritySchema>;

export const EXPLORER_ROOT_KINDS = ['goal', 'sector', 'unlinked'] as const;

export const ExplorerRootSchema = Type.Object({
  kind: StringEnum(
    EXPLORER_ROOT_KINDS,
    "A goal, a Sector, or (by goal) the KPIs linked to no goal's target, so every KPI is in the tree",
  ),
  code: Type.String(),
  name: LocalizedTextSchema,
  rollUp: RollUpSchema,
  priorities: Type.Array(ExplorerPrioritySchema),
});
export type ExplorerRoot = Static<typeof ExplorerRootSchema>;

const OptionSchema = Type.Object({ code: Type.String(), name: LocalizedTextSchema });

export const ExplorerSchema = Type.Object({
  plan: OptionSchema,
  basis: FiguresBasisSchema,
  view: StringEnum(EXPLORER_VIEWS),
  period: PeriodSchema,
  completeQuarter: Nullable(
    Type.String({
      description:
        'The latest quarter for which every priority that reports has its figures in this basis (the default period)',
    }),
  ),
  filters: Type.Object({
    sector: Nullable(Type.String()),
    region: Nullable(Type.String()),
    status: Nullable(StatusSchema),
  }),
  overall: RollUpSchema,
  roots: Type.Array(ExplorerRootSchema, {
    description: 'Goals or Sectors with at least one KPI in the selection (and of the status asked for)',
  }),
  options: Type.Object({
    periods: Type.Array(PeriodSchema, { description: "The plan's quarters up to the last complete one" }),
    sectors: Type.Array(OptionSchema),
    regions: Type.Array(OptionSchema),
  }),
});
export type Explorer = Static<typeof ExplorerSchema>;
