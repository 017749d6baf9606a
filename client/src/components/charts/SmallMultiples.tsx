// A grid of small trend charts on ONE value scale (pass a domain from sharedDomain), one per region or
// group, so their levels compare at a glance. Each cell has a title and an optional one-line summary.
// Each chart draws in its turn, once near the screen, and only then is Recharts loaded (LazyCharts.tsx).
import type { ReactNode } from 'react';
import { LazyTrendChart } from './LazyCharts.tsx';
import type { TrendChartProps } from './TrendChart.tsx';
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

export function SmallMultiples({ items, height, ...chart }: SmallMultiplesProps) {
  return (
    <ul className="small-multiples">
      {items.map((item) => (
        <li key={item.key} className="small-multiple">
          <p className="small-multiple-title">{item.title}</p>
          <LazyTrendChart {...chart} rows={item.rows} height={height ?? 140} compact />
          {item.summary && <p className="small-multiple-latest">{item.summary}</p>}
        </li>
      ))}
    </ul>
  );
}
