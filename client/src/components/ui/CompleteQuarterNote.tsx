// Says whether the quarter shown is one every priority has figures for; when it is not, offers the one that is.
// Its texts are `<prefix>.full` ("{period} is the latest quarter every priority has approved."),
// `<prefix>.partial` ("Not every priority has figures for {period} yet…") and `<prefix>.goTo` (the button).
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../lib/i18n.ts';
import { periodText } from '../../lib/period-text.ts';

export function CompleteQuarterNote({
  period,
  complete,
  texts,
  onGoTo,
}: {
  period: string;
  complete: string | null;
  /** The key prefix of the three texts, e.g. `compare.complete`. */
  texts: string;
  onGoTo: (period: string) => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  // Quarters are YYYY-Qn, so they sort as strings; before the complete quarter there is nothing to say.
  if (complete === null || period < complete) return null;
  const label = (p: string) => periodText(p, language);
  if (complete === period)
    return <span className="complete-quarter">{t(`${texts}.full`, { period: label(period) })}</span>;
  return (
    <span className="complete-quarter complete-quarter-partial warning" data-testid="partial-quarter">
      {t(`${texts}.partial`, { period: label(period) })}{' '}
      <button type="button" className="link-button" onClick={() => onGoTo(complete)}>
        {t(`${texts}.goTo`, { period: label(complete) })}
      </button>
    </span>
  );
}
