// One risk: what it is, who owns it, its links and mitigation actions, the score over time, and (for a
// focal point of its owner unit) the quarter's assessment and the edit form.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState, Loading } from '../../../components/ui/QueryState.tsx';
import { currentLanguage } from '../../../lib/i18n.ts';
import { periodText } from '../../../lib/period-text.ts';
import { useRisk } from '../api/get-risk.ts';
import { RiskAssessmentForm } from './RiskAssessmentForm.tsx';
import { RiskForm } from './RiskForm.tsx';
import { RiskHistoryPanel } from './RiskHistoryPanel.tsx';
import '../risks.css';

export function RiskDetailScreen({ plan, id }: { plan: string; id: number }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const risk = useRisk(id);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const editRef = useRef<HTMLButtonElement>(null);
  if (risk.isPending) return <Loading label={t('risks.loading')} />;
  if (risk.isError)
    return <ErrorState error={risk.error} message={t('risks.error')} onRetry={() => void risk.refetch()} />;
  const r = risk.data;
  const links = (codes: readonly string[]) => (codes.length > 0 ? codes.join(', ') : '–');
  return (
    <div className="risks risk-detail" data-state="ready">
      <p>
        <Link to={`/plans/${plan}/risks`}>{t('risks.detail.back')}</Link>
      </p>
      <div className="page-heading">
        <h1>
          <span className="code">{r.code}</span> <bdi dir="auto">{r.title}</bdi>
        </h1>
        {r.description && <p dir="auto">{r.description}</p>}
      </div>
      {saved && (
        <p className="notice" role="status">
          {saved}
        </p>
      )}
      {editing ? (
        <RiskForm
          plan={plan}
          risk={r}
          defaultSector={r.sector.code}
          onSaved={() => {
            setEditing(false);
            setSaved(t('risks.detail.saved'));
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <>
          <dl className="risk-facts">
            <dt>{t('risks.form.sector')}</dt>
            <dd>{`${r.sector.code} – ${r.sector.name}`}</dd>
            <dt>{t('risks.form.focalPoint')}</dt>
            <dd>{r.focalPoint ?? '–'}</dd>
            <dt>{t('risks.form.category')}</dt>
            <dd>{t(`risks.category.${r.category}`)}</dd>
            <dt>{t('risks.form.treatment')}</dt>
            <dd>{t(`risks.treatment.${r.treatment}`)}</dd>
            <dt>{t('risks.form.priorities')}</dt>
            <dd>{links(r.priorities)}</dd>
            <dt>{t('risks.form.outcomes')}</dt>
            <dd>{links(r.outcomes)}</dd>
            <dt>{t('risks.form.kpis')}</dt>
            <dd>{links(r.kpis)}</dd>
            <dt>{t('risks.detail.latest')}</dt>
            <dd>
              {r.latest
                ? `${periodText(r.latest.period, language)}${r.latest.state === 'draft' ? ` · ${t('risks.draft')}` : ''}`
                : t('risks.table.notAssessed')}
            </dd>
          </dl>
          {r.canEdit && (
            <button ref={editRef} type="button" className="button" onClick={() => setEditing(true)}>
              {t('risks.detail.edit')}
            </button>
          )}
          <h2>{t('risks.form.actions')}</h2>
          {r.actions.length === 0 ? (
            <p className="muted">{t('risks.form.noActions')}</p>
          ) : (
            <ul className="risk-action-list">
              {r.actions.map((a, i) => (
                <li key={i} data-overdue={a.overdue}>
                  <bdi dir="auto">{a.description}</bdi>
                  {' · '}
                  {t('risks.detail.actionLine', {
                    owner: a.owner,
                    due: a.dueDate ?? '–',
                    status: t(`risks.actionStatus.${a.status}`),
                  })}
                  {a.overdue && <strong>{` · ${t('risks.detail.overdue')}`}</strong>}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <RiskHistoryPanel risk={r} />
      {r.canEdit && (
        <RiskAssessmentForm key={r.version} risk={r} onSaved={() => setSaved(t('risks.assess.saved'))} />
      )}
    </div>
  );
}
