// /admin/plans: every plan with its status and years, and the lifecycle actions (issue 14): a new plan
// drafted from one, a draft's activation checklist and activation, closing an active plan.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, Loading } from '../../components/ui/QueryState.tsx';
import { RequirePermission } from '../../features/auth/components/RequirePermission.tsx';
import { usePlans } from '../../features/framework/api/get-plans.ts';
import { ChecklistPanel } from '../../features/plan-lifecycle/components/ChecklistPanel.tsx';
import { ClosePlanDialog } from '../../features/plan-lifecycle/components/ClosePlanDialog.tsx';
import { PlansTable, type PlanAction } from '../../features/plan-lifecycle/components/PlansTable.tsx';
import { SuccessorForm } from '../../features/plan-lifecycle/components/SuccessorForm.tsx';
import '../../features/plan-lifecycle/plan-lifecycle.css';
import { currentLanguage } from '../../lib/i18n.ts';
import { Layout } from '../Layout.tsx';

type Open = { action: PlanAction; code: string } | null;

function PlansAdmin() {
  const { t } = useTranslation();
  const plans = usePlans(currentLanguage());
  const [open, setOpen] = useState<Open>(null);
  const [announcement, setAnnouncement] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const source = plans.data?.items.find((p) => p.code === open?.code);
  const done = (message: string, next: Open = null) => {
    setAnnouncement(message);
    setOpen(next);
    if (next === null) headingRef.current?.focus();
  };
  return (
    <>
      <div className="page-heading">
        <h1 ref={headingRef} tabIndex={-1}>
          {t('planLifecycle.title')}
        </h1>
        <p className="muted">{t('planLifecycle.intro')}</p>
      </div>
      <p role="status">{announcement}</p>
      {plans.isPending && <Loading label={t('framework.loading')} />}
      {plans.isError && (
        <ErrorState error={plans.error} message={t('framework.error')} onRetry={() => void plans.refetch()} />
      )}
      {plans.data && (
        <PlansTable
          plans={plans.data.items}
          onAction={(plan, action) => {
            setAnnouncement('');
            setOpen({ action, code: plan.code });
          }}
        />
      )}
      {open?.action === 'successor' && source && (
        <SuccessorForm
          key={source.code}
          from={source}
          onCancel={() => setOpen(null)}
          onCreated={(result) =>
            done(t('planLifecycle.successor.created', { plan: result.plan.code, kpis: result.counts.kpis }), {
              action: 'checklist',
              code: result.plan.code,
            })
          }
        />
      )}
      {open?.action === 'checklist' && (
        <ChecklistPanel
          key={open.code}
          plan={open.code}
          onActivated={() => done(t('planLifecycle.activated', { plan: open.code }))}
        />
      )}
      {open?.action === 'close' && (
        <ClosePlanDialog
          plan={open.code}
          onCancel={() => setOpen(null)}
          onClosed={() => done(t('planLifecycle.closed', { plan: open.code }))}
        />
      )}
    </>
  );
}

export function PlansAdminPage() {
  return (
    <Layout>
      <RequirePermission permission="framework:write">
        <PlansAdmin />
      </RequirePermission>
    </Layout>
  );
}
