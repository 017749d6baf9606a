// Who decided what on the quarter, when and why (from the audit log), oldest first, with each KPI
// returned or commented on and the comment.
import type { ReviewDecision } from '@rbm/shared/schemas';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format.ts';
import { currentLanguage } from '../../../lib/i18n.ts';

export function DecisionHistory({ decisions }: { decisions: ReviewDecision[] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <section aria-labelledby="history-heading" className="review-panel">
      <h2 id="history-heading">{t('reviews.history.heading')}</h2>
      {decisions.length === 0 ? (
        <p className="muted">{t('reviews.history.none')}</p>
      ) : (
        <ol className="review-history">
          {decisions.map((decision, index) => (
            <li key={index}>
              <strong>
                {t(`reviews.history.actions.${decision.action}`, { defaultValue: decision.action })}
              </strong>{' '}
              {t('reviews.history.byAt', {
                who: decision.actor,
                when: formatDateTime(decision.at, language),
              })}
              {decision.reason && (
                <q className="review-reason" dir="auto">
                  {decision.reason}
                </q>
              )}
              {decision.kpis.some((k) => k.decision === 'return' || k.comment !== null) && (
                <ul className="review-history-kpis">
                  {decision.kpis
                    .filter((k) => k.decision === 'return' || k.comment !== null)
                    .map((k) => (
                      <li key={k.code}>
                        {t(`reviews.history.kpi.${k.decision}`, { code: k.code })}
                        {k.comment && (
                          <>
                            {' '}
                            <q className="review-reason" dir="auto">
                              {k.comment}
                            </q>
                          </>
                        )}
                      </li>
                    ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
