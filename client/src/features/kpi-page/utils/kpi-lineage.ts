// A continued KPI's trend across plans: the predecessors' approved quarters (each with its own plan's
// annual targets) before this plan's rows, and a mark at each plan boundary naming the two plans.
import type { KpiLineage } from '@rbm/shared/schemas';
import type { TrendMarker, TrendRow } from '../../../components/charts/TrendChart.tsx';
import { valueDomain } from '../../../components/charts/chart-scale.ts';
import { quarterX, type KpiTrend } from './kpi-trend.ts';

export interface PlanBoundary {
  /** Between the last quarter of the earlier plan and the first of the next (x of its first quarter's start). */
  x: number;
  from: string;
  to: string;
}

/** Where one plan hands over to the next, oldest first (empty when the KPI continues nothing). */
export function planBoundaries(lineage: Pick<KpiLineage, 'kpi' | 'predecessors'>): PlanBoundary[] {
  const plans = [...lineage.predecessors.map((p) => p.plan), lineage.kpi.plan];
  return plans.slice(1).map((plan, index) => ({
    // half a quarter before the plan's first quarter point, so the mark sits between the two plans' points
    x: plan.startYear + 0.125,
    from: plans[index]?.code ?? '',
    to: plan.code,
  }));
}

/**
 * The trend with the predecessors' quarters before this plan's: actual and status as approved, the target of
 * their own plan's year (no expected trajectory or forecast: those are this plan's). A predecessor quarter
 * that overlaps this plan's years (plans do not overlap; bad data could) is left out.
 */
export function lineageTrend(
  trend: KpiTrend,
  lineage: Pick<KpiLineage, 'kpi' | 'predecessors'> | undefined,
  boundaryLabel: (boundary: PlanBoundary) => string,
): KpiTrend {
  if (!lineage || lineage.predecessors.length === 0) return trend;
  const firstX = quarterX(`${lineage.kpi.plan.startYear}-Q1`);
  const earlier: TrendRow[] = lineage.predecessors
    .flatMap((p) => p.quarters)
    .map((q) => ({
      x: quarterX(q.period),
      actual: q.actual,
      status: q.actual === null ? null : q.status,
      target: q.target,
    }))
    .filter((row) => row.x < firstX)
    .sort((a, b) => a.x - b.x);
  const rows = [...earlier, ...trend.rows];
  const markers: TrendMarker[] = [
    ...planBoundaries(lineage).map((b) => ({ x: b.x, label: boundaryLabel(b) })),
    ...trend.markers,
  ];
  const domain = valueDomain(rows.flatMap((row) => [row.actual, row.expected, row.target, row.forecast]));
  return { rows, markers, domain, ticks: rows.map((row) => row.x) };
}
