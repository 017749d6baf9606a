// One priority's quarter under review, in the order a reviewer reads it: status and due date, the
// planners' narrative, the KPI values against their targets, the priority's risks with their assessments
// of the quarter (confirmed there), the decision, the action items and the history. The decision being
// written is kept per quarter (decision-draft.ts). Confirmations are announced in a live region.
import type { ReviewDetail } from '@rbm/shared/schemas';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/format.ts';
import { currentLanguage } from '../../../lib/i18n.ts';
import type { ReviewTarget } from '../api/review-mutation.ts';
import { ActionItems } from './ActionItems.tsx';
import { DecisionHistory } from './DecisionHistory.tsx';
import { DecisionPanel } from './DecisionPanel.tsx';
import { NarrativePanel } from './NarrativePanel.tsx';
import { ReviewKpiTable } from './ReviewKpiTable.tsx';
import { ReviewRisks } from './ReviewRisks.tsx';
import { ReviewStatusTag } from './ReviewStatusTag.tsx';
import { useDecisionDraft } from '../utils/decision-draft.ts';
import '../reviews.css';

export interface ReviewAbilities {
  canEnter: boolean;
  canDecide: boolean;
  canReopen: boolean;
}

export function ReviewView({
  review,
  target,
  abilities,
}: {
  review: ReviewDetail;
  target: ReviewTarget;
  abilities: ReviewAbilities;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [announcement, setAnnouncement] = useState('');
  const decision = useDecisionDraft(target);
  const withPlanners = review.status === 'open' || review.status === 'returned';
  const returned = review.kpis.filter((k) => k.returnComment);
  const gridUrl = `/plans/${target.plan}/entry/${target.priority}/${target.period}`;
  const done = (message: string) => {
    setAnnouncement(message);
    decision.clear();
  };
  return (
    <div className="review-page">
      <div className="review-summary">
        <p>
          <ReviewStatusTag status={review.status} />
        </p>
        <dl className="review-facts">
          <div>
            <dt>{t('reviews.page.dueDate')}</dt>
            <dd>
              {new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(
                new Date(review.dueDate),
              )}
            </dd>
          </div>
          <div>
            <dt>{t('reviews.page.reported')}</dt>
            <dd>
              {t('reviews.queue.reportedOf', {
                reported: review.kpiCounts.reported,
                due: review.kpiCounts.due,
              })}
            </dd>
          </div>
          {review.kpiCounts.approved > 0 && (
            <div>
              <dt>{t('reviews.page.approved')}</dt>
              <dd>
                {t('reviews.queue.reportedOf', {
                  reported: review.kpiCounts.approved,
                  due: review.kpiCounts.due,
                })}
              </dd>
            </div>
          )}
          {review.kpiCounts.returned > 0 && (
            <div>
              <dt>{t('reviews.page.returned')}</dt>
              <dd>{review.kpiCounts.returned}</dd>
            </div>
          )}
          {review.submittedAt && (
            <div>
              <dt>{t('reviews.page.submitted')}</dt>
              <dd>
                {t('reviews.history.byAt', {
                  who: review.submittedBy ?? t('reviews.system'),
                  when: formatDateTime(review.submittedAt, language),
                })}
              </dd>
            </div>
          )}
        </dl>
        <p className="review-links">
          {abilities.canEnter && <Link to={gridUrl}>{t('reviews.page.openGrid')}</Link>}
          {abilities.canEnter && withPlanners && (
            <Link to={`${gridUrl}/import`}>{t('reviews.page.import')}</Link>
          )}
          <Link to={`/plans/${target.plan}/reviews`}>{t('reviews.page.backToQueue')}</Link>
        </p>
      </div>
      <div className="review-announcement" role="status" aria-live="polite">
        {announcement}
      </div>
      {review.comment && (
        <div className="review-callout">
          <strong>
            {review.status === 'open' ? t('reviews.page.reopenReason') : t('reviews.page.reviewerComment')}
          </strong>{' '}
          <span dir="auto">{review.comment}</span>
        </div>
      )}
      {returned.length > 0 && review.status === 'returned' && (
        <p className="review-callout">
          {t('reviews.page.returnedKpis', {
            count: returned.length,
            codes: returned.map((k) => k.code).join(', '),
          })}
        </p>
      )}
      <NarrativePanel
        key={`narrative-${review.version}`}
        review={review}
        target={target}
        editable={abilities.canEnter && withPlanners}
        onDone={done}
      />
      <section aria-labelledby="kpis-heading" className="review-panel">
        <h2 id="kpis-heading">{t('reviews.kpis.heading')}</h2>
        <ReviewKpiTable
          kpis={review.kpis}
          commenting={abilities.canDecide && review.status === 'submitted'}
          draft={decision.draft}
          onDraft={decision.setDraft}
        />
      </section>
      <ReviewRisks target={target} canConfirm={abilities.canDecide} onDone={setAnnouncement} />
      <DecisionPanel
        review={review}
        target={target}
        canDecide={abilities.canDecide}
        canReopen={abilities.canReopen}
        draft={decision.draft}
        onDraft={decision.setDraft}
        restored={decision.restored}
        onDone={done}
      />
      <ActionItems
        items={review.actionItems}
        editable={(abilities.canEnter || abilities.canDecide) && review.status !== 'approved'}
        target={target}
        onDone={done}
      />
      <DecisionHistory decisions={review.decisions} />
    </div>
  );
}
