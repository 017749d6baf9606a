// The entry rules applied to what the grid shows (typed values, saved ones where the typed text is
// refused): each KPI's warnings, and the KPIs still missing a note. Narratives are written on the review
// page, so the server's findings say which of them are missing.
import {
  effectiveValueRules,
  limitsOf,
  sheetFindings,
  type ValueLimits,
  type MissingItem,
  type PlanRules,
  type SheetKpi,
  type ValueWarning,
} from '@rbm/shared/rbm';
import type { EntryFinding, EntrySheet } from '@rbm/shared/schemas';
import { fieldKey, recordKey, type Field } from './cells.ts';
import type { CheckedRecord } from './records.ts';

export interface GridView {
  texts: Readonly<Record<string, string>>;
  stored: ReadonlyMap<string, { value: number | null } | null>;
  check: (key: string) => CheckedRecord;
}

const WRITTEN = { achievements: '-', challenges: '-', improvements: '-' };

/** The number a record counts with: the typed one, or the saved one while the typed text is refused. */
function numberOf(grid: GridView, key: string): number | null {
  const checked = grid.check(key);
  return Object.keys(checked.errors).length > 0 ? (grid.stored.get(key)?.value ?? null) : checked.number;
}

export function gridFindings(
  sheet: EntrySheet,
  grid: GridView,
  rules: PlanRules,
  server: readonly EntryFinding[],
): { warnings: Map<number, ValueWarning[]>; missing: MissingItem[] } {
  const kpis: SheetKpi[] = sheet.outcomes.flatMap((o) =>
    o.kpis.map((kpi) => {
      const key = recordKey(kpi.id, null);
      const text = (field: Field) => (grid.texts[fieldKey(key, field)] ?? '').trim();
      return {
        ...kpi,
        total: {
          value: numberOf(grid, key),
          noDataReason: text('noData') || null,
          note: text('note') || null,
        },
        regional: kpi.regional.map((r) => ({
          region: r.region,
          value: { value: numberOf(grid, recordKey(kpi.id, r.region)) },
        })),
      };
    }),
  );
  const findings = sheetFindings(kpis, rules, WRITTEN, { ...sheet, plan: sheet.plan });
  const byCode = new Map(kpis.map((k) => [k.code, k.id]));
  const warnings = new Map<number, ValueWarning[]>();
  for (const warning of findings.warnings) {
    const id = byCode.get(warning.kpiCode) as number;
    warnings.set(id, [...(warnings.get(id) ?? []), warning]);
  }
  const narratives: MissingItem[] = server
    .filter((f) => f.code === 'narrative_required')
    .map((f) => ({ code: 'narrative_required', narrative: f.narrative }));
  return { warnings, missing: [...narratives, ...findings.missing] };
}

/** Each KPI's hard limits under the plan's rules (its own where set, else the plan's). */
export function limitsLookup(rules: PlanRules): (kpiId: number) => ValueLimits {
  return (kpiId) =>
    limitsOf(effectiveValueRules(rules.defaults, rules.kpis.find((k) => k.kpiId === kpiId)?.settings));
}
