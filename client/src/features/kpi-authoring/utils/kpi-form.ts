// The KPI form's texts turned into the bodies the API takes: codes listed with commas, a baseline given
// as value and period (both or neither), annual targets from the year cells.
import type { CreateKpiBody, KpiDefinition, UpdateKpiBody } from '@rbm/shared/schemas';
import { cellNumber, rowTargets } from './targets-grid.ts';

export interface KpiFormFields {
  code: string;
  name: string;
  definition: string;
  unit: string;
  direction: string;
  aggregation: string;
  frequency: string;
  baselineValue: string;
  baselinePeriod: string;
  otherOutcomes: string;
  outputs: string;
  targets: string;
  themes: string;
  dataSource: string;
  ownerUnit: string;
  annualTargets: string[];
}

export function emptyKpiFields(years: readonly number[]): KpiFormFields {
  return {
    code: '',
    name: '',
    definition: '',
    unit: 'percent',
    direction: 'increase',
    aggregation: 'last',
    frequency: 'annual',
    baselineValue: '',
    baselinePeriod: '',
    otherOutcomes: '',
    outputs: '',
    targets: '',
    themes: '',
    dataSource: '',
    ownerUnit: '',
    annualTargets: years.map(() => ''),
  };
}

export function kpiFields(kpi: KpiDefinition): KpiFormFields {
  return {
    ...emptyKpiFields([]),
    code: kpi.code,
    name: kpi.name,
    definition: kpi.definition ?? '',
    unit: kpi.unit,
    direction: kpi.direction,
    aggregation: kpi.aggregation,
    frequency: kpi.frequency,
    baselineValue: kpi.baseline ? String(kpi.baseline.value) : '',
    baselinePeriod: kpi.baseline?.period ?? '',
    dataSource: kpi.dataSource ?? '',
    ownerUnit: kpi.ownerUnit ?? '',
  };
}

/** Codes typed with commas, semicolons or blanks between them. */
export function codeList(text: string): string[] {
  return text
    .split(/[,;\s]+/)
    .map((c) => c.trim())
    .filter((c) => c !== '');
}

function baseline(fields: KpiFormFields): { value: number; period: string } | null {
  const value = cellNumber(fields.baselineValue);
  const period = fields.baselinePeriod.trim();
  // one of the two alone is sent as given, so the API names what is missing
  if (value === null && period === '') return null;
  return { value: value ?? Number.NaN, period };
}

export function createKpiBody(
  plan: string,
  outcome: string,
  years: readonly number[],
  fields: KpiFormFields,
): CreateKpiBody {
  const outputs = codeList(fields.outputs);
  const targets = codeList(fields.targets);
  const themes = codeList(fields.themes);
  const annualTargets = rowTargets(years, fields.annualTargets);
  return {
    plan,
    code: fields.code.trim(),
    name: fields.name,
    ...(fields.definition.trim() === '' ? {} : { definition: fields.definition }),
    unit: fields.unit as CreateKpiBody['unit'],
    direction: fields.direction as CreateKpiBody['direction'],
    aggregation: fields.aggregation as CreateKpiBody['aggregation'],
    frequency: fields.frequency as CreateKpiBody['frequency'],
    outcomes: [outcome, ...codeList(fields.otherOutcomes).filter((c) => c !== outcome)],
    ...(outputs.length > 0 ? { outputs } : {}),
    ...(targets.length > 0 ? { targets } : {}),
    ...(themes.length > 0 ? { themes } : {}),
    ...(annualTargets.length > 0 ? { annualTargets } : {}),
    baseline: baseline(fields),
    ...(fields.dataSource.trim() === '' ? {} : { dataSource: fields.dataSource }),
    ...(fields.ownerUnit.trim() === '' ? {} : { ownerUnit: fields.ownerUnit }),
  };
}

export function updateKpiBody(fields: KpiFormFields): UpdateKpiBody {
  return {
    name: fields.name,
    definition: fields.definition,
    baseline: baseline(fields),
    dataSource: fields.dataSource,
    ownerUnit: fields.ownerUnit,
  };
}

/** Whether a number typed in the form cannot be read (it is flagged before anything is sent). */
export function unreadableNumbers(fields: KpiFormFields): { baseline: boolean; years: boolean[] } {
  const bad = (text: string) => {
    const n = cellNumber(text);
    return n !== null && !Number.isFinite(n);
  };
  return { baseline: bad(fields.baselineValue), years: fields.annualTargets.map(bad) };
}
