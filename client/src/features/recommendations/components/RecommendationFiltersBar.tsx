// The list's filters: each change writes the address (a new history entry), which drives the query.
import { ACCEPTANCES, IMPLEMENTATIONS, OVERSIGHT_BODIES } from '@rbm/shared/rbm';
import { useTranslation } from 'react-i18next';
import type { RecommendationFilters } from '../utils/recommendation-filters.ts';

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
        <option value="">{t('recommendations.filters.all')}</option>
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
  filters: RecommendationFilters;
  sectors: readonly string[];
  years: readonly number[];
  /** The filters changed (the others stay as they are). */
  onChange: (next: Partial<RecommendationFilters>) => void;
}

export function RecommendationFiltersBar({ filters, sectors, years, onChange }: Props) {
  const { t } = useTranslation();
  const withCurrent = <T,>(list: readonly T[], value: T | null) =>
    value === null || list.includes(value) ? list : [...list, value];
  return (
    <div className="recommendation-filters" role="group" aria-label={t('recommendations.filters.label')}>
      <FilterSelect
        name="body"
        label={t('recommendations.filters.body')}
        value={filters.body}
        choices={OVERSIGHT_BODIES.map((b) => ({ value: b, label: t(`recommendations.body.${b}`) }))}
        onChange={(body) => onChange({ body: body as RecommendationFilters['body'] })}
      />
      <FilterSelect
        name="year"
        label={t('recommendations.filters.year')}
        value={filters.year === null ? null : String(filters.year)}
        choices={withCurrent(years, filters.year).map((y) => ({ value: String(y), label: String(y) }))}
        onChange={(year) => onChange({ year: year === null ? null : Number(year) })}
      />
      <FilterSelect
        name="acceptance"
        label={t('recommendations.filters.acceptance')}
        value={filters.acceptance}
        choices={ACCEPTANCES.map((a) => ({ value: a, label: t(`recommendations.acceptance.${a}`) }))}
        onChange={(v) => onChange({ acceptance: v as RecommendationFilters['acceptance'] })}
      />
      <FilterSelect
        name="implementation"
        label={t('recommendations.filters.implementation')}
        value={filters.implementation}
        choices={IMPLEMENTATIONS.map((i) => ({ value: i, label: t(`recommendations.implementation.${i}`) }))}
        onChange={(v) => onChange({ implementation: v as RecommendationFilters['implementation'] })}
      />
      <FilterSelect
        name="sector"
        label={t('recommendations.filters.sector')}
        value={filters.sector}
        choices={withCurrent(sectors, filters.sector).map((code) => ({ value: code, label: code }))}
        onChange={(sector) => onChange({ sector })}
      />
      <FilterSelect
        name="overdue"
        label={t('recommendations.filters.overdue')}
        value={filters.overdue === null ? null : String(filters.overdue)}
        choices={[
          { value: 'true', label: t('recommendations.filters.overdueOnly') },
          { value: 'false', label: t('recommendations.filters.notOverdue') },
        ]}
        onChange={(v) => onChange({ ...filters, overdue: v === null ? null : v === 'true' })}
      />
    </div>
  );
}
