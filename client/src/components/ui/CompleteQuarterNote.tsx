// Says whether the quarter shown is one every priority has figures for; when it is not, offers the one that is.
export interface CompleteQuarterTexts {
  /** "{period} is the latest quarter every priority has approved." */
  full: string;
  /** "Not every priority has figures for {period} yet…" */
  partial: string;
  /** The button that goes to the complete quarter. */
  goTo: string;
}

export function CompleteQuarterNote({
  period,
  complete,
  texts,
  onGoTo,
}: {
  period: string;
  complete: string | null;
  texts: CompleteQuarterTexts;
  onGoTo: (period: string) => void;
}) {
  // Quarters are YYYY-Qn, so they sort as strings; before the complete quarter there is nothing to say.
  if (complete === null || period < complete) return null;
  if (complete === period) return <span className="complete-quarter">{texts.full}</span>;
  return (
    <span className="complete-quarter complete-quarter-partial warning" data-testid="partial-quarter">
      {texts.partial}{' '}
      <button type="button" className="link-button" onClick={() => onGoTo(complete)}>
        {texts.goTo}
      </button>
    </span>
  );
}
