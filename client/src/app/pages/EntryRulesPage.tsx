// /plans/:plan/entry-rules: what a quarter needs before it is submitted and how its values are checked,
// set by those who may write the framework (administrators).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorState, Loading } from '../../components/ui/QueryState.tsx';
import { RequirePermission } from '../../features/auth/components/RequirePermission.tsx';
import { useEntryRules } from '../../features/entry-rules/api/get-entry-rules.ts';
import { KpiRulesForm } from '../../features/entry-rules/components/KpiRulesForm.tsx';
import { PlanRulesForm } from '../../features/entry-rules/components/PlanRulesForm.tsx';
import '../../features/entry-rules/entry-rules.css';
import { useFramework } from '../../features/framework/api/get-framework.ts';
import { currentLanguage } from '../../lib/i18n.ts';
import { Layout } from '../Layout.tsx';

function EntryRules({ plan }: { plan: string }) {
  const { t } = useTranslation();
  const rules = useEntryRules(plan);
  const framework = useFramework(plan, currentLanguage());
  const [announcement, setAnnouncement] = useState('');
  const kpiCodes = [
    ...new Set(
      (framework.data?.sectors ?? []).flatMap((s) =>
        s.priorities.flatMap((p) => p.outcomes.flatMap((o) => o.kpis.map((k) => k.code))),
      ),
    ),
  ].sort();
  return (
    <>
      <div className="page-heading">
        <h1>{t('entryRules.title')}</h1>
        <p className="muted">{t('entryRules.intro')}</p>
      </div>
      <p role="status" className="rules-announcement">
        {announcement}
      </p>
      {rules.isPending && <Loading label={t('entryRules.loading')} />}
      {rules.isError && (
        <ErrorState
          error={rules.error}
          message={t('entryRules.error')}
          onRetry={() => void rules.refetch()}
        />
      )}
      {rules.data && (
        <>
          <PlanRulesForm key={rules.data.version} rules={rules.data} onDone={setAnnouncement} />
          <KpiRulesForm rules={rules.data} kpiCodes={kpiCodes} onDone={setAnnouncement} />
        </>
      )}
    </>
  );
}

export function EntryRulesPage() {
  const { plan = '' } = useParams();
  return (
    <Layout>
      <RequirePermission permission="framework:write">
        <EntryRules plan={plan} />
      </RequirePermission>
    </Layout>
  );
}
