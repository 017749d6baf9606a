// An item's name in the five languages besides English, folded away until asked for: a text entered here is
// an unofficial translation until an administrator confirms it; emptying one removes it.
import { TRANSLATED_LANGUAGES, type FrameworkItemTranslationsBody } from '@rbm/shared/schemas';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/ui/TextField.tsx';

export type NameTexts = Record<(typeof TRANSLATED_LANGUAGES)[number], string>;

export function translationsBody(names: NameTexts): FrameworkItemTranslationsBody {
  return Object.fromEntries(TRANSLATED_LANGUAGES.map((language) => [language, { name: names[language] }]));
}

export function TranslationFields({
  idPrefix,
  names,
  onChange,
}: {
  idPrefix: string;
  names: NameTexts;
  onChange: (names: NameTexts) => void;
}) {
  const { t } = useTranslation();
  return (
    <details className="editor-translations">
      <summary>{t('frameworkUnits.otherLanguages')}</summary>
      <p className="field-hint">{t('frameworkUnits.unofficialNote')}</p>
      {TRANSLATED_LANGUAGES.map((language) => (
        <TextField
          key={language}
          id={`${idPrefix}-${language}`}
          label={t('frameworkUnits.nameIn', { language: t(`frameworkUnits.languages.${language}`) })}
          value={names[language]}
          onChange={(text) => onChange({ ...names, [language]: text })}
          lang={language}
          dir={language === 'ar' ? 'rtl' : 'ltr'}
        />
      ))}
    </details>
  );
}
