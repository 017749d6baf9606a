// The activation checklist of a draft plan: each check passed or not, with links to what fails, and the
// button that activates the plan (the server refuses while a check fails, and says which).
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PlanChecklistItem } from '@rbm/shared/schemas';
import { FormAlert } from '../../../components/ui/FormAlert.tsx';
import { ErrorState, Loading } from '../../../components/ui/QueryState.tsx';
import { formErrorText } from '../../../lib/form-errors.ts';
import { useActivationChecklist } from '../api/get-activation-checklist.ts';
import { useChangePlanStatus } from '../api/change-plan-status.ts';

/** Where a failing code is fixed: a KPI's annual targets in the framework editor, an orphan KPI's page,
 * else the framework tree. */
function itemLink(plan: string, key: PlanChecklistItem['key'], code: string): string {
  if (key === 'annualTargets') return `/admin/framework?${new URLSearchParams({ plan, kpi: code })}`;
  return key === 'orphanKpis'
    ? `/plans/${plan}/kpis/${encodeURIComponent(code)}`
    : `/plans/${plan}/framework`;
}

function ChecklistItem({ plan, item }: { plan: string; item: PlanChecklistItem }) {
  const { t } = useTranslation();
  return (
    <li className={item.ok ? 'checklist-item checklist-ok' : 'checklist-item checklist-fail'}>
      <span className="checklist-mark" aria-hidden="true">
        {item.ok ? '✓' : '✗'}
      </span>
      <span className="visually-hidden">
        {item.ok ? t('planLifecycle.checklist.passed') : t('planLifecycle.checklist.failed')}
      </span>{' '}
      {t(`planLifecycle.checklist.items.${item.key}`)}
      {!item.ok && (
        <>
          {' '}
          <span className="muted">{t('planLifecycle.checklist.count', { count: item.count })}</span>
          {item.key === 'annualTargets' && (
            <p>
              <Link to={`/admin/framework?${new URLSearchParams({ plan })}`}>
                {t('planLifecycle.checklist.fillTargets')}
              </Link>
            </p>
          )}
          <ul className="chip-list">
            {item.codes.map((code) => (
              <li key={code} className="chip">
                <Link to={itemLink(plan, item.key, code)}>
                  <bdi>{code}</bdi>
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </li>
  );
}

export function ChecklistPanel({ plan, onActivated }: { plan: string; onActivated: () => void }) {
  const { t } = useTranslation();
  const checklist = useActivationChecklist(plan);
  const activate = useChangePlanStatus();
  return (
    <section className="panel" aria-labelledby="checklist-title">
      <h2 id="checklist-title">{t('planLifecycle.checklist.title', { plan })}</h2>
      {checklist.isPending && <Loading label={t('planLifecycle.checklist.loading')} />}
      {checklist.isError && (
        <ErrorState
          error={checklist.error}
          message={t('planLifecycle.checklist.error')}
          onRetry={() => void checklist.refetch()}
        />
      )}
      {checklist.data && (
        <>
          <p role="status">
            {checklist.data.ready
              ? t('planLifecycle.checklist.ready')
              : t('planLifecycle.checklist.notReady')}
          </p>
          <ul className="checklist">
            {checklist.data.items.map((item) => (
              <ChecklistItem key={item.key} plan={plan} item={item} />
            ))}
          </ul>
          {activate.isError && <FormAlert>{formErrorText(t, activate.error)}</FormAlert>}
          <div className="form-actions">
            <button
              type="button"
              className="button"
              disabled={activate.isPending}
              onClick={() =>
                activate.mutate(
                  { plan, to: 'active' },
                  { onSuccess: onActivated, onError: () => void checklist.refetch() },
                )
              }
            >
              {t('planLifecycle.actions.activate', { plan })}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
