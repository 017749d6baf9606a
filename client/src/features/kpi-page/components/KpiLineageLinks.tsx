// A KPI continued across plans: links to the KPI it continues in the earlier plan and to the one continuing
// it in the next, and, in a new plan with nothing reported yet, a plain sentence saying so.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { KpiDetail, KpiLineage, KpiLineageLink } from '@rbm/shared/schemas';
import { LocalizedName } from '../../../components/ui/LocalizedName.tsx';
import { useKpiFormat } from './use-kpi-format.ts';

const pageOf = (kpi: KpiLineageLink) =>
  `/plans/${encodeURIComponent(kpi.plan.code)}/kpis/${encodeURIComponent(kpi.code)}`;

export function KpiLineageLinks({ detail, lineage }: { detail: KpiDetail; lineage: KpiLineage }) {
  const { t } = useTranslation();
  const { formatYear } = useKpiFormat();
  const previous = lineage.predecessors.at(-1);
  const next = lineage.successors[0];
  if (!previous && !next) return null;
  const nothingReported = detail.series.quarters.every((q) => q.actual === null);
  const years = (kpi: KpiLineageLink) => `${formatYear(kpi.plan.startYear)}–${formatYear(kpi.plan.endYear)}`;
  return (
    <nav className="kpi-lineage" aria-label={t('kpiPage.lineage.title')} data-testid="kpi-lineage">
      <ul>
        {previous && (
          <li>
            {t('kpiPage.lineage.continues', { plan: previous.plan.code, years: years(previous) })}{' '}
            <Link to={pageOf(previous)} data-testid="kpi-lineage-previous">
              <span className="code">{previous.code}</span> <LocalizedName value={previous.name} />
            </Link>
          </li>
        )}
        {next && (
          <li>
            {t('kpiPage.lineage.continuedBy', { plan: next.plan.code, years: years(next) })}{' '}
            <Link to={pageOf(next)} data-testid="kpi-lineage-next">
              <span className="code">{next.code}</span> <LocalizedName value={next.name} />
            </Link>
          </li>
        )}
      </ul>
      {previous && nothingReported && (
        <p className="state state-empty" data-testid="kpi-lineage-none-yet">
          {t('kpiPage.lineage.noneYet', {
            plan: detail.plan,
            start: formatYear(lineage.kpi.plan.startYear),
            previousPlan: previous.plan.code,
            previousCode: previous.code,
          })}
        </p>
      )}
    </nav>
  );
}
