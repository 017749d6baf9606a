// The reviewer's decision on a submitted quarter: approve every KPI awaiting it, or return the KPIs marked
// in the table (the others are approved), or the whole quarter when none is marked. Every comment typed,
// overall or on a KPI, is sent with the decision, approve included. An admin reopens an approved quarter
// with a reason. Each decision asks for confirmation.
import type { ReviewDetail } from '@rbm/shared/schemas';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/ui/FormAlert.tsx';
import { formErrorText } from '../../../lib/form-errors.ts';
import { useApproveReview } from '../api/approve-review.ts';
import { useDecideReview } from '../api/decide-review.ts';
import { useReopenReview } from '../api/reopen-review.ts';
import { useReturnReview } from '../api/return-review.ts';
import type { ReviewTarget } from '../api/review-mutation.ts';
import { decisionRequest, type DecisionDraft, type DecisionRequest } from '../utils/decision-draft.ts';

type Asking = DecisionRequest | { kind: 'reopen' };

export function DecisionPanel({
  review,
  target,
  canDecide,
  canReopen,
  draft,
  onDraft,
  restored,
  onDone,
}: {
  review: ReviewDetail;
  target: ReviewTarget;
  canDecide: boolean;
  canReopen: boolean;
  draft: DecisionDraft;
  onDraft: (draft: DecisionDraft) => void;
  /** The draft was restored from an earlier visit. */
  restored: boolean;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const approve = useApproveReview(target);
  const giveBack = useReturnReview(target);
  const decide = useDecideReview(target);
  const reopen = useReopenReview(target);
  const [reason, setReason] = useState('');
  const [asking, setAsking] = useState<Asking | null>(null);
  const [missingComment, setMissingComment] = useState(false);
  const deciding = canDecide && review.status === 'submitted';
  const reopening = canReopen && review.status === 'approved';
  if (!deciding && !reopening) return null;
  const failed = [approve, giveBack, decide, reopen].find((m) => m.isError)?.error;
  const busy = approve.isPending || giveBack.isPending || decide.isPending || reopen.isPending;
  const pending = review.kpis.filter((k) => k.pending).map((k) => k.code);
  const marked = pending.filter((code) => draft.returning.includes(code));

  function ask(intent: 'approve' | 'return' | 'reopen') {
    const request =
      intent === 'reopen'
        ? reason.trim() === ''
          ? null
          : ({ kind: 'reopen' } as const)
        : decisionRequest(draft, pending, intent);
    setMissingComment(request === null);
    setAsking(request);
  }

  function confirm() {
    const done = (message: string) => () => {
      setAsking(null);
      setReason('');
      onDone(message);
    };
    if (asking === null) return;
    if (asking.kind === 'approve') {
      approve.mutate(asking.body, { onSuccess: done(t('reviews.decision.approved')) });
    } else if (asking.kind === 'return') {
      giveBack.mutate(asking.body, { onSuccess: done(t('reviews.decision.returned')) });
    } else if (asking.kind === 'decide') {
      decide.mutate(asking.body, { onSuccess: done(t('reviews.decision.decided')) });
    } else {
      reopen.mutate({ comment: reason.trim() }, { onSuccess: done(t('reviews.decision.reopened')) });
    }
  }

  const question =
    asking?.kind === 'decide'
      ? t('reviews.decision.confirm.decide', { codes: asking.returning.join(', ') })
      : asking
        ? t(`reviews.decision.confirm.${asking.kind}`)
        : '';
  const confirmButton = asking?.kind === 'decide' ? 'return' : (asking?.kind ?? 'approve');

  return (
    <section aria-labelledby="decision-heading" className="review-panel review-decision">
      <h2 id="decision-heading">
        {deciding ? t('reviews.decision.heading') : t('reviews.decision.reopenHeading')}
      </h2>
      <p className="muted">{deciding ? t('reviews.decision.intro') : t('reviews.decision.reopenIntro')}</p>
      {deciding && restored && <p className="muted">{t('reviews.decision.draftKept')}</p>}
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
          value={deciding ? draft.comment : reason}
          aria-invalid={missingComment || undefined}
          onChange={(event) =>
            deciding ? onDraft({ ...draft, comment: event.target.value }) : setReason(event.target.value)
          }
        />
      </div>
      {deciding && marked.length > 0 && (
        <p className="review-callout">{t('reviews.decision.marked', { codes: marked.join(', ') })}</p>
      )}
      {asking === null ? (
        <div className="review-actions">
          {deciding && marked.length === 0 && (
            <button type="button" className="button button-primary" onClick={() => ask('approve')}>
              {t('reviews.decision.approve')}
            </button>
          )}
          {deciding && (
            <button
              type="button"
              className={marked.length > 0 ? 'button button-primary' : 'button'}
              onClick={() => ask('return')}
            >
              {t('reviews.decision.return')}
            </button>
          )}
          {reopening && (
            <button type="button" className="button" onClick={() => ask('reopen')}>
              {t('reviews.decision.reopen')}
            </button>
          )}
        </div>
      ) : (
        <div className="review-confirm" role="group" aria-labelledby="decision-confirm-text">
          <p id="decision-confirm-text">{question}</p>
          <div className="review-actions">
            <button
              type="button"
              className="button button-primary"
              disabled={busy}
              onClick={confirm}
              autoFocus
            >
              {t(`reviews.decision.confirmButton.${confirmButton}`)}
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
