// The entry rules' findings (shared/src/rbm/entry-rules.ts) in the user's language: a warning on a value,
// or an item missing before a quarter is submitted. Used by the grid, its submit panel and the reviewer.
import type { TFunction } from 'i18next';
import type { KpiUnit } from '@rbm/shared';
import type { MissingItem, ValueWarning } from '@rbm/shared/rbm';
import { formatKpiValue } from './format.ts';

/** A warning (`ValueWarning`, or the API's finding of one) about a value of the given unit. */
export function warningText(
  t: TFunction,
  warning: Pick<ValueWarning, 'value' | 'reference'> & { code: string },
  unit: KpiUnit,
  language: string,
): string {
  return t(`entryRules.warning.${warning.code}`, {
    value: formatKpiValue(warning.value, unit, language),
    reference: formatKpiValue(warning.reference, unit, language),
  });
}

export function missingText(t: TFunction, item: MissingItem): string {
  if (item.code === 'narrative_required') {
    return t('entryRules.missing.narrative_required', { name: t(`entryRules.narratives.${item.narrative}`) });
  }
  if (item.code === 'note_required') {
    return t('entryRules.missing.note_required', {
      kpi: item.kpiCode,
      reason: t(`entryRules.triggers.${item.reason}`),
    });
  }
  return t('entryRules.missing.warning_not_explained', {
    kpi: item.kpiCode,
    warning: t(`entryRules.warningMark`),
  });
}
