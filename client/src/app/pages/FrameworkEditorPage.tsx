// /admin/framework?plan=: the framework editor of a plan (the active one unless another is chosen), for
// those who may write the framework: the tree, inline edits, keyboard moves, retire and restore, history,
// and each outcome's KPIs with their annual targets (a draft's missing targets in one table above the tree).
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorState, Loading } from '../../components/ui/QueryState.tsx';
import { RequirePermission } from '../../features/auth/components/RequirePermission.tsx';
import { useFrameworkItems } from '../../features/framework-editor/api/list-items.ts';
import { FrameworkEditor } from '../../features/framework-editor/components/FrameworkEditor.tsx';
import '../../features/framework-editor/framework-editor.css';
import { MissingTargetsTable } from '../../features/kpi-authoring/components/MissingTargetsTable.tsx';
import { OutcomeKpis } from '../../features/kpi-authoring/components/OutcomeKpis.tsx';
import '../../features/kpi-authoring/kpi-authoring.css';
import { usePlans } from '../../features/framework/api/get-plans.ts';
import { currentLanguage } from '../../lib/i18n.ts';
import { Layout } from '../Layout.tsx';

function Editor({ plan }: { plan: string }) {
  const { t } = useTranslation();
  const items = useFrameworkItems(plan);
  if (items.isPending) return <Loading label={t('frameworkEditor.loading')} />;
  if (items.isError) {
    return (
      <ErrorState
        error={items.error}
        message={t('frameworkEditor.error')}
        onRetry={() => void items.refetch()}
      />
    );
  }
  return (
    <>
      {items.data.planStatus === 'closed' && <p className="state">{t('frameworkEditor.closed')}</p>}
      <FrameworkEditor
        list={items.data}
        slots={{
          top: (announce) => <MissingTargetsTable plan={plan} onAnnounce={announce} />,
          outcome: (outcome, announce) => (
            <OutcomeKpis
              plan={plan}
              outcome={outcome.code}
              retired={outcome.retiredAt !== null}
              onAnnounce={announce}
            />
          ),
        }}
      />
    </>
  );
}

function FrameworkEditorContent() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const plans = usePlans(currentLanguage());
  const list = plans.data?.items ?? [];
  const plan = params.get('plan') ?? list.find((p) => p.status === 'active')?.code ?? list[0]?.code ?? null;
  return (
    <>
      <div className="page-heading">
        <h1>{t('frameworkEditor.title')}</h1>
        <p className="muted">{t('frameworkEditor.intro')}</p>
        <p className="muted">{t('frameworkEditor.keys')}</p>
      </div>
      {plans.isError && (
        <ErrorState
          error={plans.error}
          message={t('frameworkEditor.error')}
          onRetry={() => void plans.refetch()}
        />
      )}
      {list.length > 0 && (
        <div className="field">
          <label htmlFor="editor-plan">{t('frameworkEditor.plan')}</label>
          <select
            id="editor-plan"
            value={plan ?? ''}
            onChange={(event) => setParams({ plan: event.target.value }, { replace: true })}
          >
            {list.map((p) => (
              <option key={p.code} value={p.code}>
                {p.code}
              </option>
            ))}
          </select>
        </div>
      )}
      {plan !== null && <Editor key={plan} plan={plan} />}
    </>
  );
}

export function FrameworkEditorPage() {
  return (
    <Layout>
      <RequirePermission permission="framework:write">
        <FrameworkEditorContent />
      </RequirePermission>
    </Layout>
  );
}
