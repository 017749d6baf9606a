// The reviewer's decision on a submitted quarter (approve: values locked; return: with a comment, overall
// or per KPI), and an admin's reopening of an approved quarter with a reason. Each asks for confirmation.
import type { ReviewDetail } from '@rbm/shared/schemas';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/ui/FormAlert.tsx';
import { formErrorText } from '../../../lib/form-errors.ts';
import { useApproveReview } from '../api/approve-review.ts';
import { useReopenReview } from '../api/reopen-review.ts';
import { useReturnReview } from '../api/return-review.ts';
import type { ReviewTarget } from '../api/review-mutation.ts';
import { returnBody } from '../utils/review-queue.ts';

type Decision = 'approve' | 'return' | 'reopen';

export function DecisionPanel({
  review,
  target,
  canDecide,
  canReopen,
  kpiComments,
  onDone,
}: {
  review: ReviewDetail;
  target: ReviewTarget;
  canDecide: boolean;
  canReopen: boolean;
  kpiComments: Readonly<Record<string, string>>;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const approve = useApproveReview(target);
  const giveBack = useReturnReview(target);
  const reopen = useReopenReview(target);
  const [comment, setComment] = useState('');
  const [asking, setAsking] = useState<Decision | null>(null);
  const [missingComment, setMissingComment] = useState(false);
  const deciding = canDecide && review.status === 'submitted';
  const reopening = canReopen && review.status === 'approved';
  if (!deciding && !reopening) return null;
  const failed = [approve, giveBack, reopen].find((m) => m.isError)?.error;
  const busy = approve.isPending || giveBack.isPending || reopen.isPending;

  function ask(decision: Decision) {
    const needsComment =
      (decision === 'return' && returnBody(comment, kpiComments) === null) ||
      (decision === 'reopen' && comment.trim() === '');
    setMissingComment(needsComment);
    setAsking(needsComment ? null : decision);
  }

  function confirm() {
    const done = (message: string) => () => {
      setAsking(null);
      setComment('');
      onDone(message);
    };
    if (asking === 'approve') {
      approve.mutate(comment.trim() === '' ? {} : { comment: comment.trim() }, {
        onSuccess: done(t('reviews.decision.approved')),
      });
    } else if (asking === 'return') {
      const body = returnBody(comment, kpiComments);
      if (body) giveBack.mutate(body, { onSuccess: done(t('reviews.decision.returned')) });
    } else if (asking === 'reopen') {
      reopen.mutate({ comment: comment.trim() }, { onSuccess: done(t('reviews.decision.reopened')) });
    }
  }

  return (
    <section aria-labelledby="decision-heading" className="review-panel review-decision">
      <h2 id="decision-heading">
        {deciding ? t('reviews.decision.heading') : t('reviews.decision.reopenHeading')}
      </h2>
      <p className="muted">{deciding ? t('reviews.decision.intro') : t('reviews.decision.reopenIntro')}</p>
      {missingComment && (
        <FormAlert>
          {t(deciding ? 'reviews.decision.commentNeeded' : 'reviews.decision.reasonNeeded')}
        </FormAlert>
      )}
      {failed && <FormAlert>{formErrorText(t, failed)}</FormAlert>}
      <div className="field">
        <label htmlFor="decision-comment">
          {deciding ? t('reviews.decision.comment') : t('reviews.decision.reason')}
        </label>
        <textarea
          id="decision-comment"
          rows={3}
          maxLength={4000}
          value={comment}
          aria-invalid={missingComment || undefined}
          onChange={(event) => setComment(event.target.value)}
        />
      </div>
      {asking === null ? (
        <div className="review-actions">
          {deciding && (
            <>
              <button type="button" className="button button-primary" onClick={() => ask('approve')}>
                {t('reviews.decision.approve')}
              </button>
              <button type="button" className="button" onClick={() => ask('return')}>
                {t('reviews.decision.return')}
              </button>
            </>
          )}
          {reopening && (
            <button type="button" className="button" onClick={() => ask('reopen')}>
              {t('reviews.decision.reopen')}
            </button>
          )}
        </div>
      ) : (
        <div className="review-confirm" role="group" aria-labelledby="decision-confirm-text">
          <p id="decision-confirm-text">{t(`reviews.decision.confirm.${asking}`)}</p>
          <div className="review-actions">
            <button
              type="button"
              className="button button-primary"
              disabled={busy}
              onClick={confirm}
              autoFocus
            >
              {t(`reviews.decision.confirmButton.${asking}`)}
            </button>
            <button type="button" className="button" onClick={() => setAsking(null)}>
              {t('reviews.decision.cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
