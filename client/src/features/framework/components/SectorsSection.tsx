// Sectors -> thematic priorities -> outcomes -> KPIs as nested disclosure widgets (native <details>,
// so keyboard and screen readers work without extra code).
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { FrameworkKpi, FrameworkPriority, FrameworkSector } from '@rbm/shared/schemas';
import { LocalizedName } from '../../../components/ui/LocalizedName.tsx';
import { ProvenanceBadge } from '../../../components/ui/ProvenanceBadge.tsx';
import { countPriorityKpis } from '../utils/count-kpis.ts';

function KpiLine({ kpi, priority }: { kpi: FrameworkKpi; priority: string }) {
  const { t } = useTranslation();
  return (
    <li className="kpi">
      <bdi className="code">{kpi.code}</bdi> <LocalizedName value={kpi.name} />{' '}
      <ProvenanceBadge status={kpi.sourceStatus} url={kpi.sourceUrl} />
      <div className="meta">
        {t(`kpi.direction.${kpi.direction}`)} · {t(`kpi.aggregation.${kpi.aggregation}`)} ·{' '}
        {t(`kpi.frequency.${kpi.frequency}`)}
        {kpi.byRegion && <> · {t('kpi.byRegion')}</>}
        {kpi.ownerPriority !== priority && (
          <> · {t('framework.reportedBy', { priority: kpi.ownerPriority })}</>
        )}
      </div>
    </li>
  );
}

function PriorityNode({ priority }: { priority: FrameworkPriority }) {
  const { t } = useTranslation();
  return (
    <details className="tree-node priority">
      <summary>
        <bdi className="code">{priority.code}</bdi> <LocalizedName value={priority.name} />{' '}
        <ProvenanceBadge status={priority.sourceStatus} url={priority.sourceUrl} />
        <span className="count">{t('framework.kpiCount', { count: countPriorityKpis(priority) })}</span>
      </summary>
      {priority.outcomes.map((outcome) => (
        <details key={outcome.code} className="tree-node outcome">
          <summary>
            <bdi className="code">{outcome.code}</bdi> <LocalizedName value={outcome.name} />{' '}
            <ProvenanceBadge status={outcome.sourceStatus} url={outcome.sourceUrl} />
            <span className="count">{t('framework.kpiCount', { count: outcome.kpis.length })}</span>
          </summary>
          {outcome.kpis.length === 0 ? (
            <p className="muted">{t('framework.noKpis')}</p>
          ) : (
            <ul className="kpi-list">
              {outcome.kpis.map((kpi) => (
                <KpiLine key={kpi.code} kpi={kpi} priority={priority.code} />
              ))}
            </ul>
          )}
        </details>
      ))}
    </details>
  );
}

export function SectorsSection({ sectors }: { sectors: FrameworkSector[] }) {
  const { t } = useTranslation();
  const section = useRef<HTMLElement>(null);
  const toggleAll = (open: boolean) =>
    section.current?.querySelectorAll('details').forEach((node) => {
      node.open = open;
    });
  return (
    <section aria-labelledby="sectors-heading" className="panel" ref={section}>
      <div className="panel-header">
        <h2 id="sectors-heading">{t('framework.sectorsAndPriorities')}</h2>
        <div className="toolbar">
          <button type="button" className="button button-quiet" onClick={() => toggleAll(true)}>
            {t('framework.expandAll')}
          </button>
          <button type="button" className="button button-quiet" onClick={() => toggleAll(false)}>
            {t('framework.collapseAll')}
          </button>
        </div>
      </div>
      {sectors.map((sector) => (
        <div key={sector.code} className="sector">
          <h3>
            <bdi className="code">{sector.code}</bdi> <LocalizedName value={sector.name} />
          </h3>
          {sector.priorities.map((priority) => (
            <PriorityNode key={priority.code} priority={priority} />
          ))}
        </div>
      ))}
    </section>
  );
}
