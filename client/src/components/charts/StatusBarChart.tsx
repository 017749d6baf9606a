// Bars coloured by status, each with its status's shape above it, so the status reads without colour.
// Generic: regions of a KPI, priorities of a Sector... Takes shaped bars and formatters; always drawn
// left to right (the category axis keeps its order in Arabic too, like the tables beside it).
import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import type { Status } from '@rbm/shared';
import { STATUS_COLORS, STATUS_SYMBOLS } from './status-style.ts';
import { useElementWidth } from './use-element-width.ts';
import './charts.css';

export interface StatusBar {
  key: string;
  label: string;
  /** Shown instead of the label when bars are narrow (a phone), e.g. a region code. */
  shortLabel?: string;
  value: number | null;
  status: Status;
}

export interface StatusBarChartProps {
  bars: readonly StatusBar[];
  domain: [number, number];
  formatValue: (value: number) => string;
  xLabel: string;
  yLabel: string;
  valueName: string;
  height?: number;
}

export function StatusBarChart({
  bars,
  domain,
  formatValue,
  xLabel,
  yLabel,
  valueName,
  height = 240,
}: StatusBarChartProps) {
  const { ref, width } = useElementWidth<HTMLDivElement>();
  const narrow = width > 0 && width / Math.max(bars.length, 1) < 90;
  const data = bars.map((bar) => ({
    ...bar,
    axisLabel: narrow ? (bar.shortLabel ?? bar.label) : bar.label,
    symbol: STATUS_SYMBOLS[bar.status],
    plotted: bar.value ?? 0,
  }));
  return (
    <div dir="ltr" className="trend-chart-canvas" ref={ref} style={{ minBlockSize: height }}>
      {width > 0 && (
        <BarChart
          width={width}
          height={height}
          data={data}
          margin={{ top: 20, right: 16, bottom: 24, left: 8 }}
        >
          <CartesianGrid stroke="#e3e8ee" vertical={false} />
          <XAxis
            dataKey="axisLabel"
            tick={{ fontSize: 12, fill: '#4a5665' }}
            interval={0}
            label={{ value: xLabel, position: 'insideBottom', offset: -16, fill: '#4a5665', fontSize: 12 }}
          />
          <YAxis
            domain={domain}
            tickFormatter={(value: number) => formatValue(value)}
            tick={{ fontSize: 12, fill: '#4a5665' }}
            width={64}
            label={{
              value: yLabel,
              angle: -90,
              position: 'insideLeft',
              style: { textAnchor: 'middle' },
              fill: '#4a5665',
              fontSize: 12,
            }}
          />
          <Tooltip
            formatter={(_value, _name, item) => {
              const bar = (item as { payload?: StatusBar }).payload;
              return [
                bar?.value === null || bar?.value === undefined ? '–' : formatValue(bar.value),
                valueName,
              ];
            }}
          />
          <Bar dataKey="plotted" name={valueName} isAnimationActive={false}>
            {data.map((bar) => (
              <Cell key={bar.key} fill={STATUS_COLORS[bar.status]} />
            ))}
            <LabelList dataKey="symbol" position="top" fill="#1b2430" fontSize={13} />
          </Bar>
        </BarChart>
      )}
    </div>
  );
}
