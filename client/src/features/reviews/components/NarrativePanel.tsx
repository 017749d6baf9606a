// The planners' rating and three narratives: editable while the quarter is with them, read-only after.
import { REVIEW_RATINGS, type ReviewDetail, type ReviewRating } from '@rbm/shared/schemas';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/ui/FormAlert.tsx';
import { formErrorText } from '../../../lib/form-errors.ts';
import { useSaveNarrative } from '../api/save-narrative.ts';
import type { ReviewTarget } from '../api/review-mutation.ts';

const TEXTS = ['achievements', 'challenges', 'improvements'] as const;

export function NarrativePanel({
  review,
  target,
  editable,
  onDone,
}: {
  review: ReviewDetail;
  target: ReviewTarget;
  editable: boolean;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const save = useSaveNarrative(target);
  const [rating, setRating] = useState<ReviewRating | ''>(review.narrative.rating ?? '');
  const [texts, setTexts] = useState<Record<(typeof TEXTS)[number], string>>({
    achievements: review.narrative.achievements ?? '',
    challenges: review.narrative.challenges ?? '',
    improvements: review.narrative.improvements ?? '',
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const body = {
      rating: rating === '' ? null : rating,
      ...Object.fromEntries(TEXTS.map((k) => [k, texts[k].trim() === '' ? null : texts[k]])),
    };
    save.mutate(body, { onSuccess: () => onDone(t('reviews.narrative.saved')) });
  }

  if (!editable) {
    return (
      <section aria-labelledby="narrative-heading" className="review-panel">
        <h2 id="narrative-heading">{t('reviews.narrative.heading')}</h2>
        <dl className="review-narrative">
          <dt>{t('reviews.narrative.rating')}</dt>
          <dd>
            {review.narrative.rating
              ? t(`reviews.rating.${review.narrative.rating}`)
              : t('reviews.narrative.none')}
          </dd>
          {TEXTS.map((key) => (
            <div key={key}>
              <dt>{t(`reviews.narrative.${key}`)}</dt>
              <dd dir={review.narrative[key] ? 'auto' : undefined}>
                {review.narrative[key] ?? t('reviews.narrative.none')}
              </dd>
            </div>
          ))}
        </dl>
      </section>
    );
  }
  return (
    <section aria-labelledby="narrative-heading" className="review-panel">
      <h2 id="narrative-heading">{t('reviews.narrative.heading')}</h2>
      <form onSubmit={submit} className="review-form">
        {save.isError && <FormAlert>{formErrorText(t, save.error)}</FormAlert>}
        <fieldset>
          <legend>{t('reviews.narrative.rating')}</legend>
          {REVIEW_RATINGS.map((value) => (
            <label key={value} className="review-radio">
              <input
                type="radio"
                name="rating"
                value={value}
                checked={rating === value}
                onChange={() => setRating(value)}
              />
              {t(`reviews.rating.${value}`)}
            </label>
          ))}
        </fieldset>
        {TEXTS.map((key) => (
          <div className="field" key={key}>
            <label htmlFor={`narrative-${key}`}>{t(`reviews.narrative.${key}`)}</label>
            <textarea
              id={`narrative-${key}`}
              rows={3}
              maxLength={4000}
              dir="auto"
              value={texts[key]}
              onChange={(event) => setTexts({ ...texts, [key]: event.target.value })}
            />
          </div>
        ))}
        <button type="submit" className="button" disabled={save.isPending}>
          {t('reviews.narrative.save')}
        </button>
      </form>
    </section>
  );
}
