// The KPIs an outcome owns (its first outcome owns a KPI), listed under it in the framework editor, and the
// button that adds one. `?kpi=<code>` in the address opens that KPI's annual targets.
import type { KpiDefinitionList } from '@rbm/shared/schemas';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useKpiDefinitions } from '../api/list-kpi-definitions.ts';
import { planYears } from '../utils/targets-grid.ts';
import { KpiForm } from './KpiForm.tsx';
import { KpiRow } from './KpiRow.tsx';

function Kpis({
  list,
  outcome,
  retired,
  onAnnounce,
}: {
  list: KpiDefinitionList;
  outcome: string;
  retired: boolean;
  onAnnounce: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const [adding, setAdding] = useState(false);
  const years = planYears(list.startYear, list.endYear);
  const kpis = list.items.filter((k) => k.outcomes[0] === outcome);
  return (
    <>
      {kpis.length > 0 && (
        <ul className="editor-tree" aria-label={t('kpiAuthoring.kpisOf', { code: outcome })}>
          {kpis.map((kpi) => (
            <KpiRow
              key={kpi.id}
              kpi={kpi}
              years={years}
              planStatus={list.planStatus}
              focus={params.get('kpi') === kpi.code}
              onAnnounce={onAnnounce}
            />
          ))}
        </ul>
      )}
      {!retired && list.planStatus !== 'closed' && adding && (
        <KpiForm
          target={{ kind: 'create', plan: list.plan, outcome }}
          years={years}
          onDone={(message) => {
            setAdding(false);
            if (message) onAnnounce(message);
          }}
        />
      )}
      {!retired && list.planStatus !== 'closed' && !adding && (
        <button type="button" className="button-quiet editor-add" onClick={() => setAdding(true)}>
          {t('kpiAuthoring.addKpi')}
          <span className="visually-hidden"> {t('kpiAuthoring.under', { code: outcome })}</span>
        </button>
      )}
    </>
  );
}

export function OutcomeKpis({
  plan,
  outcome,
  retired,
  onAnnounce,
}: {
  plan: string;
  outcome: string;
  retired: boolean;
  onAnnounce: (message: string) => void;
}) {
  const definitions = useKpiDefinitions(plan);
  // the tree shows without its KPIs while they load; a failure is said once, above the tree
  if (!definitions.data) return null;
  return <Kpis list={definitions.data} outcome={outcome} retired={retired} onAnnounce={onAnnounce} />;
}
