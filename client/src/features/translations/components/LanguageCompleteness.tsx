// How complete each language is for the plan: "Arabic: 141 of 141, 0 confirmed", for administrators.
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format.ts';
import { currentLanguage } from '../../../lib/i18n.ts';
import { useTranslationSummary } from '../api/translation-summary.ts';

export function LanguageCompleteness() {
  const { t } = useTranslation();
  const summary = useTranslationSummary();
  if (!summary.data) return null;
  const language = currentLanguage();
  const number = (n: number) => formatNumber(n, language);
  return (
    // a plain block with its heading, not a named region: its name would also match "Language" fields
    <div className="translation-completeness">
      <h2>{t('translations.completeness.title')}</h2>
      <ul>
        {summary.data.languages.map((l) => (
          <li key={l.language} data-language={l.language}>
            {t('translations.completeness.line', {
              language: t(`translations.languages.${l.language}`),
              translated: number(l.translated),
              total: number(l.total),
              confirmed: number(l.confirmed),
            })}
            {l.translated < l.total && (
              <strong className="translation-missing-count">
                {' '}
                {t('translations.completeness.missing', { missing: number(l.total - l.translated) })}
              </strong>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
