// The register's filters: each change writes the address (a new history entry), which drives the query.
import { RISK_CATEGORIES, RISK_TREATMENTS } from '@rbm/shared/rbm';
import { useTranslation } from 'react-i18next';
import type { RiskFilters } from '../utils/risk-filters.ts';

function FilterSelect(props: {
  name: string;
  label: string;
  value: string | null;
  choices: ReadonlyArray<{ value: string; label: string }>;
  onChange: (value: string | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <label className="field">
      <span>{props.label}</span>
      <select
        name={props.name}
        value={props.value ?? ''}
        onChange={(e) => props.onChange(e.target.value === '' ? null : e.target.value)}
      >
        <option value="">{t('risks.filters.all')}</option>
        {props.choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </label>
  );
}

interface Props {
  filters: RiskFilters;
  sectors: readonly string[];
  onChange: (next: RiskFilters) => void;
}

export function RiskFiltersBar({ filters, sectors, onChange }: Props) {
  const { t } = useTranslation();
  const choices =
    sectors.includes(filters.sector ?? '') || filters.sector === null
      ? sectors
      : [...sectors, filters.sector];
  const cell = filters.likelihood !== null || filters.impact !== null;
  return (
    <div className="risk-filters" role="group" aria-label={t('risks.filters.label')}>
      <FilterSelect
        name="sector"
        label={t('risks.filters.sector')}
        value={filters.sector}
        choices={choices.map((code) => ({ value: code, label: code }))}
        onChange={(sector) => onChange({ ...filters, sector })}
      />
      <FilterSelect
        name="category"
        label={t('risks.filters.category')}
        value={filters.category}
        choices={RISK_CATEGORIES.map((c) => ({ value: c, label: t(`risks.category.${c}`) }))}
        onChange={(category) => onChange({ ...filters, category: category as RiskFilters['category'] })}
      />
      <FilterSelect
        name="treatment"
        label={t('risks.filters.treatment')}
        value={filters.treatment}
        choices={RISK_TREATMENTS.map((c) => ({ value: c, label: t(`risks.treatment.${c}`) }))}
        onChange={(treatment) => onChange({ ...filters, treatment: treatment as RiskFilters['treatment'] })}
      />
      {cell && (
        <button
          type="button"
          className="button button-quiet"
          onClick={() => onChange({ ...filters, likelihood: null, impact: null })}
        >
          {t('risks.filters.clearCell', {
            likelihood: filters.likelihood ?? '–',
            impact: filters.impact ?? '–',
          })}
        </button>
      )}
    </div>
  );
}
