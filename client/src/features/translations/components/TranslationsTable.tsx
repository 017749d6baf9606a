import { useTranslation } from 'react-i18next';
import type { TranslationItem, TranslationLanguage } from '@rbm/shared/schemas';
import { TranslationRow } from './TranslationRow.tsx';

export function TranslationsTable({
  items,
  language,
}: {
  items: TranslationItem[];
  language: TranslationLanguage;
}) {
  const { t } = useTranslation();
  const languageName = t(`translations.languages.${language}`);
  return (
    <div className="table-scroll">
      <table className="table translations-table">
        <caption className="visually-hidden">
          {t('translations.tableCaption', { language: languageName })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('translations.columns.item')}</th>
            <th scope="col">{t('translations.columns.english')}</th>
            <th scope="col">{languageName}</th>
            <th scope="col">
              <span className="visually-hidden">{t('translations.columns.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            // keyed by language too, so switching language starts each row from its saved text
            <TranslationRow
              key={`${item.entity}/${item.entityId}/${item.field}/${item.language}`}
              item={item}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
