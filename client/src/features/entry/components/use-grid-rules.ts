// The plan's entry rules in the grid: the hard limits the cells check, and (from the grid's state) the
// warnings each value raises and what is still missing before submitting.
import { useMemo } from 'react';
import type { EntrySheet } from '@rbm/shared/schemas';
import { useEntryFindings } from '../api/get-entry-findings.ts';
import { usePlanEntryRules } from '../api/get-entry-rules.ts';
import { gridFindings, limitsLookup, type GridView } from '../utils/grid-findings.ts';

export function useGridRules(sheet: EntrySheet) {
  const rules = usePlanEntryRules(sheet.plan.code).data;
  const server = useEntryFindings(sheet.plan.code, sheet.priority.code, sheet.period).data;
  const limits = useMemo(() => (rules ? limitsLookup(rules) : undefined), [rules]);
  return {
    limits,
    findings: (grid: GridView) =>
      rules ? gridFindings(sheet, grid, rules, server?.missing ?? []) : { warnings: new Map(), missing: [] },
  };
}
