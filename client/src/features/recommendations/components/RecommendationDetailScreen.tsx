// One recommendation: what the body asked, of whom, its links, its state now (confirmed or proposed), the
// whole history, the focal point's form (in the unit's scope) and the reviewer's confirmation.
import type { RecommendationDetail } from '@rbm/shared/schemas';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormAlert } from '../../../components/ui/FormAlert.tsx';
import { ErrorState, Loading } from '../../../components/ui/QueryState.tsx';
import { formErrorText } from '../../../lib/form-errors.ts';
import { useConfirmRecommendation } from '../api/confirm-recommendation.ts';
import { useRecommendation } from '../api/get-recommendation.ts';
import { HistoryTable } from './HistoryTable.tsx';
import { isolated } from '../utils/isolated.ts';
import { OVERDUE } from './RecommendationTable.tsx';
import { StatusForm } from './StatusForm.tsx';
import '../recommendations.css';

function Confirm({ detail }: { detail: RecommendationDetail }) {
  const { t } = useTranslation();
  const confirm = useConfirmRecommendation(detail.id);
  return (
    <section className="recommendation-confirm" aria-labelledby="confirm-title">
      <h2 id="confirm-title">{t('recommendations.confirm.title')}</h2>
      <p>{t('recommendations.confirm.hint')}</p>
      {confirm.isError && <FormAlert>{formErrorText(t, confirm.error)}</FormAlert>}
      <button type="button" className="button" disabled={confirm.isPending} onClick={() => confirm.mutate()}>
        {t('recommendations.confirm.submit')}
      </button>
    </section>
  );
}

export function RecommendationDetailScreen({ plan, id }: { plan: string; id: number }) {
  const { t } = useTranslation();
  const query = useRecommendation(id);
  if (query.isPending) return <Loading label={t('recommendations.loading')} />;
  if (query.isError) {
    return (
      <ErrorState
        error={query.error}
        message={t('recommendations.error')}
        onRetry={() => void query.refetch()}
      />
    );
  }
  const r = query.data;
  const status = r.status;
  const facts: [string, string][] = [
    [t('recommendations.table.body'), t(`recommendations.body.${r.body}`)],
    [t('recommendations.detail.report'), `${isolated(r.reportRef)} · ${isolated(r.reportDate)}`],
    [t('recommendations.detail.addressee'), t(`recommendations.addressee.${r.addressee}`)],
    [t('recommendations.detail.priority'), t(`recommendations.priority.${r.priority}`)],
    [t('recommendations.table.sector'), `${r.sector.name} (${r.sector.code})`],
    [t('recommendations.detail.links'), [...r.priorities, ...r.kpis, ...r.risks].join(', ') || '–'],
  ];
  return (
    <div className="recommendations recommendation-detail" data-state="ready" data-version={r.version}>
      <p>
        <Link to={`/plans/${plan}/recommendations`}>{t('recommendations.detail.back')}</Link>
      </p>
      <div className="page-heading">
        <h1>
          <bdi dir="ltr">{`${r.reportRef} #${r.number}`}</bdi>
        </h1>
        <p>
          <bdi dir="auto">{r.text}</bdi>
        </p>
      </div>
      <dl className="recommendation-facts">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>
              <bdi dir="auto">{value}</bdi>
            </dd>
          </div>
        ))}
      </dl>
      <section aria-labelledby="now-title" className="recommendation-now">
        <h2 id="now-title">{t('recommendations.detail.now')}</h2>
        {status === null ? (
          <p>{t('recommendations.detail.noState')}</p>
        ) : (
          <p
            data-testid="current-state"
            data-implementation={status.implementation}
            data-state={status.state}
          >
            {t(`recommendations.acceptance.${status.acceptance}`)} ·{' '}
            {t(`recommendations.implementation.${status.implementation}`)} ·{' '}
            {t('recommendations.detail.target', { date: isolated(status.targetDate) })}
            {status.overdue ? ` · ${OVERDUE} ${t('recommendations.overdue')}` : ''}
            {status.state === 'draft'
              ? ` · ${t('recommendations.draft')}`
              : ` · ${t('recommendations.confirmed')}`}
          </p>
        )}
        {status && status.evidence.length > 0 && (
          <ul className="plain-list">
            {status.evidence.map((link) => (
              <li key={link}>
                <a href={link} dir="ltr" rel="noreferrer noopener" target="_blank">
                  {link}
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>
      {r.canConfirm && status?.state === 'draft' && <Confirm detail={r} />}
      {r.canEdit && <StatusForm key={r.version} detail={r} />}
      <h2>{t('recommendations.history.title')}</h2>
      <HistoryTable history={r.history} />
    </div>
  );
}
