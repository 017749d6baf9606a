// TrendChart and SmallMultiples loaded on first use, for screens whose text should not wait for
// Recharts (the home screen keeps its figures and sentences in the landing bundle and streams the
// charts in). The fallback keeps the chart's height, so nothing jumps when the chart arrives.
import { Suspense, lazy } from 'react';
import { useChartTurn } from './chart-turns.ts';
import type { SmallMultiplesProps } from './SmallMultiples.tsx';
import type { TrendChartProps } from './TrendChart.tsx';

const loadTrendChart = () => import('./TrendChart.tsx');
const loadSmallMultiples = () => import('./SmallMultiples.tsx');
const TrendChart = lazy(() => loadTrendChart().then((m) => ({ default: m.TrendChart })));
const SmallMultiples = lazy(() => loadSmallMultiples().then((m) => ({ default: m.SmallMultiples })));

/** Starts fetching the chart code now (e.g. while the page waits for its data); safe to call often. */
export function preloadCharts(): void {
  void loadTrendChart();
  void loadSmallMultiples();
}

function ChartPlaceholder({ height }: { height: number }) {
  return <div className="chart-placeholder" style={{ minBlockSize: height }} aria-hidden="true" />;
}

export function LazyTrendChart(props: TrendChartProps) {
  const turn = useChartTurn();
  const placeholder = <ChartPlaceholder height={(props.height ?? (props.compact ? 150 : 260)) + 40} />;
  if (!turn) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <TrendChart {...props} />
    </Suspense>
  );
}

export function LazySmallMultiples(props: SmallMultiplesProps) {
  return (
    <Suspense fallback={<ChartPlaceholder height={(props.height ?? 140) * 2} />}>
      <SmallMultiples {...props} />
    </Suspense>
  );
}
