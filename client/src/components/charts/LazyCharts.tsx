// TrendChart loaded on first use, for screens whose text should not wait for Recharts (the home screen
// keeps its figures and sentences in the landing bundle and streams the charts in): Recharts downloads
// when the first chart comes near the screen (chart-turns.ts), so a phone that shows only text at first
// spends neither network nor CPU on it. The placeholder keeps the chart's height, so nothing jumps when
// the chart arrives.
import { Suspense, lazy, type Ref } from 'react';
import { useChartTurn } from './chart-turns.ts';
import type { TrendChartProps } from './TrendChart.tsx';

const loadTrendChart = () => import('./TrendChart.tsx');
const TrendChart = lazy(() => loadTrendChart().then((m) => ({ default: m.TrendChart })));

/**
 * On a screen wide enough to show a chart beside the first figures, starts loading the chart code now
 * (while the figures travel); a phone's first screen is text, and its charts load once one nears the screen.
 */
export function preloadChartsOnWideScreens(): void {
  if (typeof window.matchMedia === 'function' && window.matchMedia('(min-width: 1024px)').matches)
    void loadTrendChart();
}

function ChartPlaceholder({ height, ref }: { height: number; ref?: Ref<HTMLDivElement> }) {
  return <div ref={ref} className="chart-placeholder" style={{ minBlockSize: height }} aria-hidden="true" />;
}

export function LazyTrendChart(props: TrendChartProps) {
  const { turn, placeholder: near } = useChartTurn();
  const height = props.height ?? (props.compact ? 150 : 260);
  // a full chart has its legend below the plot; a compact one has none
  const placeholder = <ChartPlaceholder ref={near} height={props.compact ? height : height + 40} />;
  if (!turn) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <TrendChart {...props} />
    </Suspense>
  );
}
