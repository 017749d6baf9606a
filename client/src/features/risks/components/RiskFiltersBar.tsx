// The register's filters: each change writes the address (a new history entry), which drives the query.
import { RISK_CATEGORIES, RISK_TREATMENTS } from '@rbm/shared/rbm';
import { useTranslation } from 'react-i18next';
import { FilterSelect } from '../../../components/ui/FilterSelect.tsx';
import type { RiskFilters } from '../utils/risk-filters.ts';

interface Props {
  filters: RiskFilters;
  sectors: readonly string[];
  /** The filters changed (the others stay as they are). */
  onChange: (next: Partial<RiskFilters>) => void;
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
        any={t('risks.filters.all')}
        label={t('risks.filters.sector')}
        value={filters.sector}
        choices={choices.map((code) => ({ value: code, label: code }))}
        onChange={(sector) => onChange({ sector })}
      />
      <FilterSelect
        name="category"
        any={t('risks.filters.all')}
        label={t('risks.filters.category')}
        value={filters.category}
        choices={RISK_CATEGORIES.map((c) => ({ value: c, label: t(`risks.category.${c}`) }))}
        onChange={(category) => onChange({ category: category as RiskFilters['category'] })}
      />
      <FilterSelect
        name="treatment"
        any={t('risks.filters.all')}
        label={t('risks.filters.treatment')}
        value={filters.treatment}
        choices={RISK_TREATMENTS.map((c) => ({ value: c, label: t(`risks.treatment.${c}`) }))}
        onChange={(treatment) => onChange({ treatment: treatment as RiskFilters['treatment'] })}
      />
      {cell && (
        <button
          type="button"
          className="button button-quiet"
          onClick={() => onChange({ likelihood: null, impact: null })}
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
