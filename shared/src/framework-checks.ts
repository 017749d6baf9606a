// The rules a framework document must keep beyond its shape (shared/src/schemas/framework-document.ts):
// unique codes per level, links within the plan, years within the plan, known units, a tree without
// cycles. Pure, so the import preview and any editor say the same thing about the same document.
import { LEADING_UNIT_KINDS, type FrameworkDocument } from './schemas/framework-document.ts';

/** The sheet (XLSX) or array (JSON) of each level, as a person looks for it. */
export const FRAMEWORK_LEVELS = {
  plan: 'Plan',
  units: 'Units',
  regions: 'Regions',
  goals: 'Goals',
  targets: 'Targets',
  priorities: 'Priorities',
  outcomes: 'Outcomes',
  outputs: 'Outputs',
  enablers: 'Enablers',
  themes: 'Themes',
  kpis: 'KPIs',
} as const;
export type FrameworkLevel = keyof typeof FRAMEWORK_LEVELS;

export const FRAMEWORK_PROBLEMS = [
  'invalid_value',
  'duplicate_code',
  'unknown_link',
  'year_outside_plan',
  'unknown_unit',
  'unit_cannot_lead',
  'unit_cycle',
  'formula_cell',
  'sheet_missing',
  'too_many_rows',
  'unknown_statistic',
] as const;
export type FrameworkProblemReason = (typeof FRAMEWORK_PROBLEMS)[number];

export interface FrameworkProblem {
  level: FrameworkLevel | 'translations' | 'file';
  /** The item's code, when the row has one. */
  code: string | null;
  /** The row of the sheet (XLSX, the header is row 1) or the item's place in its array (JSON, from 1). */
  row: number | null;
  /** The column (XLSX header or JSON field) at fault, when one is. */
  column: string | null;
  reason: FrameworkProblemReason;
  message: string;
}

/** Every rule the document breaks; `statistics` are the codes of the published statistics known. */
export function frameworkProblems(
  document: FrameworkDocument,
  statistics: ReadonlySet<string>,
): FrameworkProblem[] {
  const problems: FrameworkProblem[] = [];
  const add = (
    level: FrameworkLevel,
    code: string | null,
    column: string | null,
    reason: FrameworkProblemReason,
    message: string,
  ) => problems.push({ level, code, row: null, column, reason, message });
  const { plan } = document;
  const codes = {} as Record<Exclude<FrameworkLevel, 'plan'>, Set<string>>;
  for (const level of Object.keys(FRAMEWORK_LEVELS) as FrameworkLevel[]) {
    if (level === 'plan') continue;
    const seen = new Set<string>();
    for (const item of document[level]) {
      if (seen.has(item.code)) {
        add(
          level,
          item.code,
          'code',
          'duplicate_code',
          `${item.code} appears twice in ${FRAMEWORK_LEVELS[level]}: codes are unique per plan`,
        );
      }
      seen.add(item.code);
    }
    codes[level] = seen;
  }
  if (plan.endYear < plan.startYear) {
    add(
      'plan',
      plan.code,
      'endYear',
      'year_outside_plan',
      `The plan ends (${plan.endYear}) before it starts (${plan.startYear})`,
    );
  }
  if (plan.thresholds.atRisk > plan.thresholds.onTrack) {
    add('plan', plan.code, 'thresholds', 'invalid_value', 'The at-risk threshold is above the on-track one');
  }
  const link = (
    level: FrameworkLevel,
    code: string,
    column: string,
    target: keyof typeof codes,
    value: string,
  ) => {
    if (!codes[target].has(value)) {
      add(
        level,
        code,
        column,
        'unknown_link',
        `${value} is not a code of ${FRAMEWORK_LEVELS[target]} in this plan`,
      );
    }
  };
  const inPlan = (level: FrameworkLevel, code: string, column: string, year: number) => {
    if (year < plan.startYear || year > plan.endYear) {
      add(
        level,
        code,
        column,
        'year_outside_plan',
        `${year} is outside the plan's years ${plan.startYear}-${plan.endYear}`,
      );
    }
  };
  const units = new Map(document.units.map((u) => [u.code, u]));
  for (const unit of document.units) {
    if (unit.parent === undefined) continue;
    if (!units.has(unit.parent)) {
      add('units', unit.code, 'parent', 'unknown_unit', `${unit.parent} is not a unit of the Units sheet`);
      continue;
    }
    // Walking up from the unit must reach the top without coming back to it.
    let above = units.get(unit.parent);
    for (let steps = 0; above?.parent !== undefined && steps <= units.size; steps += 1) {
      if (above.code === unit.code) break;
      above = units.get(above.parent);
    }
    if (above?.code === unit.code)
      add(
        'units',
        unit.code,
        'parent',
        'unit_cycle',
        `${unit.code} is its own parent, through ${unit.parent}`,
      );
  }
  for (const target of document.targets) {
    link('targets', target.code, 'goal', 'goals', target.goal);
    // A target may be set beyond the plan (Connect 2030), never before it starts.
    if (target.deadlineYear < plan.startYear)
      inPlan('targets', target.code, 'deadlineYear', target.deadlineYear);
    if (target.statistic !== undefined && !statistics.has(target.statistic)) {
      add(
        'targets',
        target.code,
        'statistic',
        'unknown_statistic',
        `${target.statistic} is not a published statistic`,
      );
    }
  }
  for (const priority of document.priorities) {
    const unit = units.get(priority.unit);
    if (!unit)
      add(
        'priorities',
        priority.code,
        'unit',
        'unknown_unit',
        `${priority.unit} is not a unit of the Units sheet`,
      );
    else if (!LEADING_UNIT_KINDS.includes(unit.kind)) {
      add(
        'priorities',
        priority.code,
        'unit',
        'unit_cannot_lead',
        `${priority.unit} is a ${unit.kind}: a priority is led by a Sector or the secretariat`,
      );
    }
  }
  for (const level of ['outcomes', 'outputs'] as const) {
    for (const item of document[level]) link(level, item.code, 'priority', 'priorities', item.priority);
  }
  for (const kpi of document.kpis) {
    if (kpi.priority !== undefined) link('kpis', kpi.code, 'priority', 'priorities', kpi.priority);
    else if (kpi.outcomes.length === 0) {
      add('kpis', kpi.code, 'priority', 'unknown_link', 'A KPI names its priority or at least one outcome');
    }
    for (const c of kpi.outcomes) link('kpis', kpi.code, 'outcomes', 'outcomes', c);
    for (const c of kpi.outputs) link('kpis', kpi.code, 'outputs', 'outputs', c);
    for (const c of kpi.targets) link('kpis', kpi.code, 'targets', 'targets', c);
    for (const c of kpi.themes) link('kpis', kpi.code, 'themes', 'themes', c);
    if (kpi.ownerUnit !== undefined && !units.has(kpi.ownerUnit)) {
      add('kpis', kpi.code, 'ownerUnit', 'unknown_unit', `${kpi.ownerUnit} is not a unit of the Units sheet`);
    }
    for (const year of Object.keys(kpi.annualTargets))
      inPlan('kpis', kpi.code, `Target ${year}`, Number(year));
  }
  return problems;
}
