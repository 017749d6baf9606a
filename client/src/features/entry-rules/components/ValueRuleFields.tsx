// The six value rule fields: hard limits (lowest, highest, whole numbers) and warning thresholds. For a
// KPI an empty field or "As the plan" follows the plan's rule.
import { useTranslation } from 'react-i18next';
import type { Choice, RuleTexts } from './rule-form.ts';

export function ValueRuleFields({
  idPrefix,
  texts,
  invalid,
  forKpi,
  onChange,
}: {
  idPrefix: string;
  texts: RuleTexts;
  invalid: readonly string[];
  forKpi: boolean;
  onChange: (texts: RuleTexts) => void;
}) {
  const { t } = useTranslation();
  const numberField = (field: 'min' | 'max' | 'maxChangeShare' | 'maxTargetMultiple') => {
    const id = `${idPrefix}-${field}`;
    const bad = invalid.includes(field);
    return (
      <div className="field" key={field}>
        <label htmlFor={id}>{t(`entryRules.fields.${field}`)}</label>
        <input
          id={id}
          inputMode="decimal"
          value={texts[field]}
          placeholder={forKpi ? t('entryRules.inherit') : undefined}
          aria-invalid={bad ? true : undefined}
          aria-describedby={bad ? `${id}-error` : undefined}
          onChange={(event) => onChange({ ...texts, [field]: event.target.value })}
        />
        {bad && (
          <span id={`${id}-error`} className="field-error">
            {t('validation.invalid')}
          </span>
        )}
      </div>
    );
  };
  const choiceField = (field: 'integer' | 'regionsAddUp') => {
    const id = `${idPrefix}-${field}`;
    if (!forKpi) {
      return (
        <label className="rules-check" key={field} htmlFor={id}>
          <input
            id={id}
            type="checkbox"
            checked={texts[field] === 'yes'}
            onChange={(event) => onChange({ ...texts, [field]: event.target.checked ? 'yes' : '' })}
          />{' '}
          {t(`entryRules.fields.${field}`)}
        </label>
      );
    }
    return (
      <div className="field" key={field}>
        <label htmlFor={id}>{t(`entryRules.fields.${field}`)}</label>
        <select
          id={id}
          value={texts[field]}
          onChange={(event) => onChange({ ...texts, [field]: event.target.value as Choice })}
        >
          <option value="">{t('entryRules.inherit')}</option>
          <option value="yes">{t('entryRules.yes')}</option>
          <option value="no">{t('entryRules.no')}</option>
        </select>
      </div>
    );
  };
  return (
    <div className="rules-fields">
      {numberField('min')}
      {numberField('max')}
      {choiceField('integer')}
      {numberField('maxChangeShare')}
      {numberField('maxTargetMultiple')}
      {choiceField('regionsAddUp')}
    </div>
  );
}
