// The risks linked to the priority, with their assessment of the quarter under review: inherent and
// residual likelihood x impact against the plan's appetite. The reviewer confirms a draft here, seeing the
// values confirmed; only then does the assessment reach the Council (heat map, top risks).
import type { RiskSummary } from '@rbm/shared/schemas';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState, Loading } from '../../../components/ui/QueryState.tsx';
import { formErrorText } from '../../../lib/form-errors.ts';
import { formatNumber } from '../../../lib/format.ts';
import { currentLanguage } from '../../../lib/i18n.ts';
import { useConfirmRiskAssessment, useReviewRisks } from '../api/review-risks.ts';
import type { ReviewTarget } from '../api/review-mutation.ts';

export function ReviewRisks({
  target,
  canConfirm,
  onDone,
}: {
  target: ReviewTarget;
  canConfirm: boolean;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const n = (value: number) => formatNumber(value, currentLanguage());
  const risks = useReviewRisks(target);
  const confirm = useConfirmRiskAssessment(target);
  const [failure, setFailure] = useState<{ code: string; error: unknown } | null>(null);
  const rating = (r: { likelihood: number; impact: number; score: number }) =>
    t('reviews.risks.rating', { likelihood: n(r.likelihood), impact: n(r.impact), score: n(r.score) });
  const values = (risk: RiskSummary) =>
    risk.latest
      ? t('reviews.risks.values', {
          inherent: rating(risk.latest.inherent),
          residual: rating(risk.latest.residual),
        })
      : '';
  return (
    <section aria-labelledby="review-risks-heading" className="review-panel review-risks">
      <h2 id="review-risks-heading">{t('reviews.risks.heading')}</h2>
      {risks.data && (
        <p className="muted">{t('reviews.risks.intro', { appetite: n(risks.data.appetite) })}</p>
      )}
      {risks.isPending && <Loading label={t('reviews.risks.loading')} />}
      {risks.isError && (
        <ErrorState
          error={risks.error}
          message={t('reviews.risks.error')}
          onRetry={() => void risks.refetch()}
        />
      )}
      {failure && (
        <p className="form-alert" role="alert">
          {t('reviews.risks.failed', { code: failure.code, reason: formErrorText(t, failure.error) })}
        </p>
      )}
      {risks.data && risks.data.items.length === 0 && <p>{t('reviews.risks.none')}</p>}
      {risks.data && risks.data.items.length > 0 && (
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">{t('reviews.risks.heading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('reviews.risks.risk')}</th>
                <th scope="col">{t('reviews.risks.inherent')}</th>
                <th scope="col">{t('reviews.risks.residual')}</th>
                <th scope="col">{t('reviews.risks.state')}</th>
              </tr>
            </thead>
            <tbody>
              {risks.data.items.map((risk) => {
                const a = risk.latest;
                return (
                  <tr key={risk.id} data-risk={risk.code} data-state={a?.state ?? 'none'}>
                    <th scope="row">
                      <Link to={`/plans/${target.plan}/risks/${risk.id}`}>
                        <span className="code">{risk.code}</span> <bdi dir="auto">{risk.title}</bdi>
                      </Link>
                    </th>
                    <td>{a ? rating(a.inherent) : '–'}</td>
                    <td>
                      {a ? rating(a.residual) : '–'}
                      {a && !a.withinAppetite && ` ▲ ${t('reviews.risks.above')}`}
                    </td>
                    <td>
                      {!a && t('reviews.risks.notAssessed')}
                      {a?.state === 'confirmed' &&
                        (a.confirmedBy
                          ? t('reviews.risks.confirmed', { name: a.confirmedBy })
                          : t('reviews.risks.confirmedNoName'))}
                      {a?.state === 'draft' && !canConfirm && t('reviews.risks.draft')}
                      {a?.state === 'draft' && canConfirm && (
                        <button
                          type="button"
                          className="button"
                          disabled={confirm.isPending}
                          aria-label={t('reviews.risks.confirmLabel', {
                            code: risk.code,
                            values: values(risk),
                          })}
                          onClick={() => {
                            setFailure(null);
                            confirm.mutate(
                              { id: risk.id, period: target.period },
                              {
                                onSuccess: () =>
                                  onDone(
                                    t('reviews.risks.confirmedNow', {
                                      code: risk.code,
                                      values: values(risk),
                                    }),
                                  ),
                                onError: (error) => setFailure({ code: risk.code, error }),
                              },
                            );
                          }}
                        >
                          {t('reviews.risks.confirm')}
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
