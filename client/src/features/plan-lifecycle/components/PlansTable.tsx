// Every plan with its status and years, and the lifecycle actions each status allows.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Plan } from '@rbm/shared/schemas';
import { LocalizedName } from '../../../components/ui/LocalizedName.tsx';

export type PlanAction = 'successor' | 'checklist' | 'close';

export function PlansTable({
  plans,
  onAction,
}: {
  plans: readonly Plan[];
  onAction: (plan: Plan, action: PlanAction) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll">
      <table className="table">
        <caption className="visually-hidden">{t('planLifecycle.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('planLifecycle.columns.plan')}</th>
            <th scope="col">{t('planLifecycle.columns.years')}</th>
            <th scope="col">{t('planLifecycle.columns.status')}</th>
            <th scope="col">{t('planLifecycle.columns.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {plans.map((plan) => (
            <tr key={plan.code}>
              <th scope="row">
                <Link to={`/plans/${plan.code}/framework`}>
                  <bdi>{plan.code}</bdi>
                </Link>
                <div className="meta">
                  <LocalizedName value={plan.name} />
                </div>
              </th>
              <td>
                <bdi>{t('plans.years', { start: plan.startYear, end: plan.endYear })}</bdi>
              </td>
              <td>
                <span className={`plan-status plan-status-${plan.status}`}>
                  {t(`plans.status.${plan.status}`)}
                </span>
              </td>
              <td>
                <div className="plan-actions">
                  <button
                    type="button"
                    className="button button-quiet"
                    onClick={() => onAction(plan, 'successor')}
                  >
                    {t('planLifecycle.actions.successor')}
                    <span className="visually-hidden"> ({plan.code})</span>
                  </button>
                  {plan.status === 'draft' && (
                    <button type="button" className="button" onClick={() => onAction(plan, 'checklist')}>
                      {t('planLifecycle.actions.checklist')}
                      <span className="visually-hidden"> ({plan.code})</span>
                    </button>
                  )}
                  {plan.status === 'active' && (
                    <button
                      type="button"
                      className="button button-quiet"
                      onClick={() => onAction(plan, 'close')}
                    >
                      {t('planLifecycle.actions.close')}
                      <span className="visually-hidden"> ({plan.code})</span>
                    </button>
                  )}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
