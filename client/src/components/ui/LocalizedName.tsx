// A framework name in the user's language; when only English exists, says so (visibly and to screen readers).
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '@rbm/shared/schemas';

export function LocalizedName({ value }: { value: LocalizedText }) {
  const { t, i18n } = useTranslation();
  const fallback = value.language !== i18n.language && i18n.language !== 'en';
  return (
    <>
      {/* isolated so an English fallback keeps its punctuation in place inside Arabic text */}
      <span lang={value.language} dir={value.language === 'ar' ? 'rtl' : 'ltr'} className="isolate">
        {value.text}
      </span>
      {fallback && (
        <span className="fallback-marker" title={t('provenance.notTranslated')}>
          <span aria-hidden="true">EN</span>
          <span className="visually-hidden">{t('provenance.notTranslated')}</span>
        </span>
      )}
    </>
  );
}
