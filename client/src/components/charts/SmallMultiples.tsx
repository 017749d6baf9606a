// A grid of small trend charts on ONE value scale (pass a domain from sharedDomain), one per region or
// group, so their levels compare at a glance. Each cell has a title and an optional one-line summary.
import type { ReactNode } from 'react';
import { useChartTurn } from './chart-turns.ts';
import { TrendChart, type TrendChartProps } from './TrendChart.tsx';
import './charts.css';

export interface SmallMultipleItem {
  key: string;
  title: ReactNode;
  summary?: ReactNode;
  rows: TrendChartProps['rows'];
}

export interface SmallMultiplesProps extends Omit<
  TrendChartProps,
  'rows' | 'compact' | 'children' | 'height'
> {
  items: readonly SmallMultipleItem[];
  height?: number;
}

/** One small chart, drawn in its turn (chart-turns.ts). */
function SmallMultipleChart(props: TrendChartProps & { height: number }) {
  const turn = useChartTurn();
  return turn ? (
    <TrendChart {...props} compact />
  ) : (
    <div className="chart-placeholder" style={{ minBlockSize: props.height }} aria-hidden="true" />
  );
}

export function SmallMultiples({ items, height, ...chart }: SmallMultiplesProps) {
  return (
    <ul className="small-multiples">
      {items.map((item) => (
        <li key={item.key} className="small-multiple">
          <p className="small-multiple-title">{item.title}</p>
          <SmallMultipleChart {...chart} rows={item.rows} height={height ?? 140} />
          {item.summary && <p className="small-multiple-latest">{item.summary}</p>}
        </li>
      ))}
    </ul>
  );
}
