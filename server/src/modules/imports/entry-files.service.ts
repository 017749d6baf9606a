// The spreadsheets a planner downloads for a priority's quarter: the template to fill in (current values
// pre-filled) and the grid as it stands. Both list the KPI as a whole, then each region of a regional KPI.
import { parsePeriod, validateDraftPeriod, valueStateLabel, type ValueStateLabel } from '@rbm/shared/rbm';
import { VALUE_STATES } from '@rbm/shared';
import { FREQUENCIES } from '@rbm/shared';
import type { SpreadsheetFormat } from '@rbm/shared/schemas';
import { asEnum } from '../../lib/enums.ts';
import { toRbmPlan } from '../figures/figures.service.ts';
import type { QuarterContext, ReviewScope } from '../review-scope/review-scope.service.ts';
import { createLocalizer } from '../translations/localizer.ts';
import { findQuarterValues } from '../values/values.service.ts';
import { TEMPLATE_HEADERS, valueKey } from './import-rows.ts';
import * as repo from './imports.repository.ts';
import { writeTable, type Cell, type SheetFile } from './spreadsheet.ts';

// The export leads with the template's columns, so the file imports back as it is (every row unchanged);
// the other columns are for reading and the import passes over them.
const EXPORT_HEADERS = [...TEMPLATE_HEADERS, 'Evidence', 'Unit', 'Baseline', 'Target', 'State'];

// States as the grid names them, in English words: the file's headers are English (the names the import
// reads, whatever the reader's language), and a state word is something a person filters on in a sheet.
const STATE_WORDS: Record<ValueStateLabel, string> = {
  empty: 'Not entered',
  draft: 'Draft',
  submitted: 'Submitted',
  approved: 'Approved',
  returned: 'Returned',
  no_data: 'No data (draft)',
};

/** The priority's KPIs that take a value in the quarter, each with its lines (total, then regions). */
async function quarterLines(ctx: Omit<QuarterContext, 'measurements'>, scope: ReviewScope) {
  const { db, now, language } = ctx;
  const plan = toRbmPlan(scope.plan);
  const kpis = (await repo.findPlanKpis(db, scope.plan.id)).filter(
    (k) =>
      k.active === 1 &&
      k.ownerPriorityId === scope.priority.id &&
      validateDraftPeriod(plan, scope.period, now, asEnum(FREQUENCIES, k.frequency, 'kpi.frequency')) ===
        null,
  );
  const ids = kpis.map((k) => k.id);
  const year = parsePeriod(scope.period)?.year ?? scope.plan.startYear;
  const [regions, values, targets, t] = await Promise.all([
    repo.findRegions(db),
    findQuarterValues({ db }, ids, scope.period),
    repo.findAnnualTargets(db, ids, year),
    createLocalizer(db, language, ['kpi']),
  ]);
  const stored = new Map(values.map((v) => [valueKey(v.kpiId, v.regionId), v]));
  const targetOf = new Map(targets.map((r) => [r.kpiId, r.value]));
  return kpis.flatMap((kpi) =>
    [null, ...(kpi.byRegion === 1 ? regions : [])].map((region) => ({
      kpi,
      name: t.text('kpi', kpi.id, 'name', kpi.name).text,
      region: region?.code ?? null,
      value: stored.get(valueKey(kpi.id, region?.id ?? null)),
      target: targetOf.get(kpi.id) ?? null,
    })),
  );
}

const fileName = (scope: ReviewScope, what: string, file: SheetFile) =>
  `${scope.priority.code}-${scope.period}-${what}.${file.extension}`;

export async function entryTemplate(
  ctx: Omit<QuarterContext, 'measurements'>,
  input: { scope: ReviewScope; format: SpreadsheetFormat },
) {
  const { scope, format } = input;
  const lines = await quarterLines(ctx, scope);
  const rows: Cell[][] = lines.map((line) => [
    line.kpi.code,
    line.name,
    scope.period,
    line.region,
    line.value?.value ?? null,
    line.value?.noDataReason ?? null,
    line.value?.note ?? null,
  ]);
  const file = await writeTable(
    format,
    `${scope.priority.code} ${scope.period}`,
    [...TEMPLATE_HEADERS],
    rows,
  );
  return { ...file, filename: fileName(scope, 'template', file) };
}

export async function entryExport(
  ctx: Omit<QuarterContext, 'measurements'>,
  input: { scope: ReviewScope; format: SpreadsheetFormat },
) {
  const { scope, format } = input;
  const lines = await quarterLines(ctx, scope);
  const rows: Cell[][] = lines.map(({ kpi, name, region, value, target }) => [
    kpi.code,
    name,
    scope.period,
    region,
    value?.value ?? null,
    value?.noDataReason ?? null,
    value?.note ?? null,
    value?.evidenceUrl ?? null,
    kpi.unit,
    kpi.baselineValue,
    target,
    STATE_WORDS[
      valueStateLabel(
        value ? { ...value, state: asEnum(VALUE_STATES, value.state, 'kpi_value.state') } : null,
      )
    ],
  ]);
  const file = await writeTable(format, `${scope.priority.code} ${scope.period}`, EXPORT_HEADERS, rows);
  return { ...file, filename: fileName(scope, 'values', file) };
}
