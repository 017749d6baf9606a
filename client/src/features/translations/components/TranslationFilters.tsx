// The choice of language, kind of item and "missing only"; kept in the address so a view can be shared.
import { useTranslation } from 'react-i18next';
import { TRANSLATED_ENTITIES, TRANSLATION_LANGUAGES } from '@rbm/shared/schemas';
import type { TranslationFilters as Filters } from '../utils/translation-list.ts';

export function TranslationFilters({
  filters,
  onChange,
}: {
  filters: Filters;
  onChange: (filters: Filters) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="translation-filters">
      <legend className="visually-hidden">{t('translations.filters')}</legend>
      <label className="field">
        <span className="field-label">{t('translations.language')}</span>
        <select
          value={filters.language}
          onChange={(event) => onChange({ ...filters, language: event.target.value as Filters['language'] })}
        >
          {TRANSLATION_LANGUAGES.map((language) => (
            <option key={language} value={language}>
              {t(`translations.languages.${language}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field-label">{t('translations.entityFilter')}</span>
        <select
          value={filters.entity ?? ''}
          onChange={(event) =>
            onChange({
              ...filters,
              entity: event.target.value === '' ? undefined : (event.target.value as Filters['entity']),
            })
          }
        >
          <option value="">{t('translations.allEntities')}</option>
          {TRANSLATED_ENTITIES.map((entity) => (
            <option key={entity} value={entity}>
              {t(`translations.entities.${entity}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="checkbox-field">
        <input
          type="checkbox"
          checked={filters.missing}
          onChange={(event) => onChange({ ...filters, missing: event.target.checked })}
        />
        <span>{t('translations.missingOnly')}</span>
      </label>
    </fieldset>
  );
}
