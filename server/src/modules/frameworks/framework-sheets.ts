// The framework workbook's layout: one sheet per level of the framework document, each column with its
// meaning (written on the first sheet, "About"). English texts sit on the level's sheet; the other five
// languages on the Translations sheet. Lists of codes are written comma separated.
import type { FrameworkDocText, FrameworkDocument } from '@rbm/shared/schemas';
import type { Cell } from '../imports/spreadsheet.ts';

export interface Column<T> {
  header: string;
  meaning: string;
  cell: (item: T) => Cell;
}

export interface SheetLayout<T> {
  name: string;
  about: string;
  columns: Array<Column<T>>;
  rows: (document: FrameworkDocument) => T[];
}

const list = (codes: readonly string[]) => (codes.length === 0 ? null : codes.join(', '));
const flag = (value: boolean | undefined) => (value ? 'yes' : null);

interface ItemLike {
  code: string;
  name: FrameworkDocText;
  description?: FrameworkDocText;
  sourceStatus: string;
  sourceUrl?: string;
  retired?: boolean;
}

const code = <T extends { code: string }>(meaning: string): Column<T> => ({
  header: 'Code',
  meaning,
  cell: (i) => i.code,
});
const itemColumns = <T extends ItemLike>(): Array<Column<T>> => [
  {
    header: 'Name',
    meaning: 'Name in English (other languages: Translations sheet)',
    cell: (i) => i.name.en,
  },
  {
    header: 'Description',
    meaning: 'Description in English (optional)',
    cell: (i) => i.description?.en ?? null,
  },
  {
    header: 'Source status',
    meaning: 'verified, unverified, proxy, representative or demo',
    cell: (i) => i.sourceStatus,
  },
  { header: 'Source URL', meaning: 'Where the text comes from (optional)', cell: (i) => i.sourceUrl ?? null },
  { header: 'Retired', meaning: '"yes" for an item kept for history only', cell: (i) => flag(i.retired) },
];

type Doc = FrameworkDocument;

export const PLAN_SHEET: SheetLayout<Doc['plan']> = {
  name: 'Plan',
  about: 'The plan itself: one row',
  rows: (d) => [d.plan],
  columns: [
    { header: 'Code', meaning: 'The plan code, e.g. SP-2024-2027', cell: (p) => p.code },
    { header: 'Name', meaning: 'Name in English', cell: (p) => p.name.en },
    { header: 'Start year', meaning: 'First year of the plan', cell: (p) => p.startYear },
    { header: 'End year', meaning: 'Last year of the plan', cell: (p) => p.endYear },
    { header: 'Status', meaning: 'draft, active or closed', cell: (p) => p.status },
    {
      header: 'On track from',
      meaning: 'Share of the target (0-1) from which a KPI is on track',
      cell: (p) => p.thresholds.onTrack,
    },
    {
      header: 'At risk from',
      meaning: 'Share of the target (0-1) from which a KPI is at risk',
      cell: (p) => p.thresholds.atRisk,
    },
    {
      header: 'Reporting deadline (days)',
      meaning: 'Days after a quarter ends by which its values are due',
      cell: (p) => p.calendar.reportingDeadlineDays,
    },
    {
      header: 'Review deadline (days)',
      meaning: 'Days after a quarter ends by which its review is decided',
      cell: (p) => p.calendar.reviewDeadlineDays,
    },
  ],
};

export const UNIT_SHEET: SheetLayout<Doc['units'][number]> = {
  name: 'Units',
  about: 'Organisational units as a tree (Sectors and the General Secretariat at the top)',
  rows: (d) => d.units,
  columns: [
    code('Unit code, e.g. ITU-D or BDT/DNS'),
    { header: 'Parent', meaning: 'Code of the unit above (empty at the top)', cell: (u) => u.parent ?? null },
    {
      header: 'Kind',
      meaning: 'sector, secretariat, bureau, department, division, regional_office or other',
      cell: (u) => u.kind,
    },
    { header: 'Name', meaning: 'Name in English', cell: (u) => u.name.en },
    { header: 'Retired', meaning: '"yes" for a unit kept for history only', cell: (u) => flag(u.retired) },
  ],
};

export const REGION_SHEET: SheetLayout<Doc['regions'][number]> = {
  name: 'Regions',
  about: 'The regions values can be reported by',
  rows: (d) => d.regions,
  columns: [
    code('Region code, e.g. AFR'),
    { header: 'Name', meaning: 'Name in English', cell: (r) => r.name.en },
    { header: 'Retired', meaning: '"yes" for a region kept for history only', cell: (r) => flag(r.retired) },
  ],
};

export const GOAL_SHEET: SheetLayout<Doc['goals'][number]> = {
  name: 'Goals',
  about: 'Strategic goals',
  rows: (d) => d.goals,
  columns: [code('Goal code, unique in the plan'), ...itemColumns()],
};

export const TARGET_SHEET: SheetLayout<Doc['targets'][number]> = {
  name: 'Targets',
  about: 'Targets of the goals',
  rows: (d) => d.targets,
  columns: [
    code('Target code, unique in the plan'),
    { header: 'Goal', meaning: 'Code of its goal (Goals sheet)', cell: (t) => t.goal },
    { header: 'Value', meaning: 'Target value (empty for a qualitative target)', cell: (t) => t.value },
    { header: 'Unit', meaning: 'Unit of the value, e.g. percent', cell: (t) => t.unit },
    { header: 'Direction', meaning: 'increase, decrease or maintain', cell: (t) => t.direction },
    { header: 'Deadline year', meaning: 'Year by which it is to be met', cell: (t) => t.deadlineYear },
    {
      header: 'Baseline value',
      meaning: 'Value at the baseline (optional)',
      cell: (t) => t.baseline?.value ?? null,
    },
    {
      header: 'Baseline year',
      meaning: 'Year of the baseline (optional)',
      cell: (t) => t.baseline?.year ?? null,
    },
    {
      header: 'Statistic',
      meaning: 'Code of the published statistic that measures it (optional)',
      cell: (t) => t.statistic ?? null,
    },
    ...itemColumns(),
  ],
};

const priorityOf = <T extends { priority: string }>(): Column<T> => ({
  header: 'Priority',
  meaning: 'Code of its thematic priority (Priorities sheet)',
  cell: (o) => o.priority,
});

export const PRIORITY_SHEET: SheetLayout<Doc['priorities'][number]> = {
  name: 'Priorities',
  about: 'Thematic priorities, each led by a unit',
  rows: (d) => d.priorities,
  columns: [
    code('Priority code, unique in the plan'),
    {
      header: 'Unit',
      meaning: 'Code of the Sector or secretariat that leads it (Units sheet)',
      cell: (p) => p.unit,
    },
    ...itemColumns(),
  ],
};

export const OUTCOME_SHEET: SheetLayout<Doc['outcomes'][number]> = {
  name: 'Outcomes',
  about: 'Outcomes of the thematic priorities',
  rows: (d) => d.outcomes,
  columns: [code('Outcome code, unique in the plan'), priorityOf(), ...itemColumns()],
};

export const OUTPUT_SHEET: SheetLayout<Doc['outputs'][number]> = {
  name: 'Outputs',
  about: 'Outputs (products and services) of the thematic priorities',
  rows: (d) => d.outputs,
  columns: [code('Output code, unique in the plan'), priorityOf(), ...itemColumns()],
};

export const ENABLER_SHEET: SheetLayout<Doc['enablers'][number]> = {
  name: 'Enablers',
  about: 'Enablers of the plan',
  rows: (d) => d.enablers,
  columns: [code('Enabler code, unique in the plan'), ...itemColumns()],
};

export const THEME_SHEET: SheetLayout<Doc['themes'][number]> = {
  name: 'Themes',
  about: 'Intersectoral themes',
  rows: (d) => d.themes,
  columns: [code('Theme code'), ...itemColumns()],
};

type Kpi = Doc['kpis'][number];

/** The KPI sheet has one "Target YYYY" column per plan year. */
export function kpiSheet(startYear: number, endYear: number): SheetLayout<Kpi> {
  const years = Array.from({ length: Math.max(0, endYear - startYear + 1) }, (_, i) => startYear + i);
  return {
    name: 'KPIs',
    about: 'Key performance indicators, their annual targets and their links',
    rows: (d) => d.kpis,
    columns: [
      code('KPI code, unique in the plan'),
      {
        header: 'Priority',
        meaning: 'Code of the priority whose planners report it',
        cell: (k) => k.priority ?? null,
      },
      { header: 'Name', meaning: 'Name in English', cell: (k) => k.name.en },
      { header: 'Definition', meaning: 'Definition in English', cell: (k) => k.definition?.en ?? null },
      { header: 'Unit', meaning: 'percent, count, days, currency, ratio or number', cell: (k) => k.unit },
      { header: 'Direction', meaning: 'increase, decrease or maintain', cell: (k) => k.direction },
      {
        header: 'Aggregation',
        meaning: 'How quarters make a year: sum, last or mean',
        cell: (k) => k.aggregation,
      },
      { header: 'Frequency', meaning: 'quarterly or annual', cell: (k) => k.frequency },
      { header: 'Baseline value', meaning: 'Baseline (optional)', cell: (k) => k.baseline?.value ?? null },
      { header: 'Baseline period', meaning: 'YYYY or YYYY-Qn', cell: (k) => k.baseline?.period ?? null },
      ...years.map((year) => ({
        header: `Target ${year}`,
        meaning: `Target for ${year}`,
        cell: (k: Kpi) => k.annualTargets[String(year)] ?? null,
      })),
      {
        header: 'Tolerance',
        meaning: 'For maintain KPIs: allowed relative distance (0-1)',
        cell: (k) => k.tolerance,
      },
      { header: 'Weight', meaning: 'Weight in roll-ups', cell: (k) => k.weight },
      { header: 'Data source', meaning: 'Where the values come from', cell: (k) => k.dataSource ?? null },
      {
        header: 'Owner unit',
        meaning: 'Code of the unit that owns it (Units sheet)',
        cell: (k) => k.ownerUnit ?? null,
      },
      {
        header: 'By region',
        meaning: '"yes" when values are reported by region',
        cell: (k) => flag(k.byRegion),
      },
      { header: 'Outcomes', meaning: 'Outcome codes, comma separated', cell: (k) => list(k.outcomes) },
      { header: 'Outputs', meaning: 'Output codes, comma separated', cell: (k) => list(k.outputs) },
      { header: 'Targets', meaning: 'Target codes, comma separated', cell: (k) => list(k.targets) },
      { header: 'Themes', meaning: 'Theme codes, comma separated', cell: (k) => list(k.themes) },
      {
        header: 'Source status',
        meaning: 'verified, unverified, proxy, representative or demo',
        cell: (k) => k.sourceStatus,
      },
      {
        header: 'Source URL',
        meaning: 'Where the KPI comes from (optional)',
        cell: (k) => k.sourceUrl ?? null,
      },
      { header: 'Retired', meaning: '"yes" for a KPI kept for history only', cell: (k) => flag(k.retired) },
    ],
  };
}

/** The level sheets in workbook order (after About, before Translations). */
export function levelSheets(document: FrameworkDocument): Array<SheetLayout<never>> {
  const sheets = [
    PLAN_SHEET,
    UNIT_SHEET,
    REGION_SHEET,
    GOAL_SHEET,
    TARGET_SHEET,
    PRIORITY_SHEET,
    OUTCOME_SHEET,
    OUTPUT_SHEET,
    ENABLER_SHEET,
    THEME_SHEET,
    kpiSheet(document.plan.startYear, document.plan.endYear),
  ];
  return sheets as unknown as Array<SheetLayout<never>>;
}

export const TRANSLATION_HEADERS = ['Sheet', 'Code', 'Field', 'Language', 'Text', 'Confirmed'] as const;
