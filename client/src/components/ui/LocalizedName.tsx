// A framework name in the user's language; when only English exists, says so (visibly and to screen
// readers), and marks a translation no administrator has confirmed yet as unofficial.
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '@rbm/shared/schemas';
import { directionOf } from '../../lib/bidi.ts';

export function LocalizedName({ value }: { value: LocalizedText }) {
  const { t, i18n } = useTranslation();
  const fallback = value.language !== i18n.language && i18n.language !== 'en';
  return (
    <>
      {/* <bdi>: an English name keeps its words and punctuation in order inside Arabic text, and an
          Arabic one inside a left-to-right page */}
      <bdi lang={value.language} dir={directionOf(value.language)}>
        {value.text}
      </bdi>
      {fallback && (
        <span className="fallback-marker" title={t('provenance.notTranslated')}>
          <span aria-hidden="true">EN</span>
          <span className="visually-hidden">{t('provenance.notTranslated')}</span>
        </span>
      )}
      {!fallback && value.unofficial === true && (
        <span className="unofficial-marker" title={t('provenance.unofficial')}>
          <span aria-hidden="true">{t('provenance.unofficialShort')}</span>
          <span className="visually-hidden">{t('provenance.unofficial')}</span>
        </span>
      )}
    </>
  );
}
