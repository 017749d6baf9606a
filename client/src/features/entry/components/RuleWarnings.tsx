// A value's warnings under the plan's entry rules, shown in its cell: the planner fixes the value or
// explains it in the note before submitting.
import type { KpiUnit } from '@rbm/shared';
import type { ValueWarning } from '@rbm/shared/rbm';
import { useTranslation } from 'react-i18next';
import '../rule-warnings.css';
import { warningText } from '../../../lib/entry-findings.ts';
import { currentLanguage } from '../../../lib/i18n.ts';

export function RuleWarnings({
  id,
  warnings,
  unit,
}: {
  id: string;
  warnings: readonly ValueWarning[] | undefined;
  unit: KpiUnit;
}) {
  const { t } = useTranslation();
  if (!warnings || warnings.length === 0) return null;
  const language = currentLanguage();
  return (
    <span id={id} className="rule-warning">
      {warnings.map((w) => (
        <span key={w.code} className="rule-warning-item">
          <span aria-hidden="true">⚠ </span>
          <span className="visually-hidden">{t('entryRules.warningMark')}: </span>
          {warningText(t, w, unit, language)}
        </span>
      ))}
    </span>
  );
}
