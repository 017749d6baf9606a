// A time series against its target: the actual values (solid, each point in its status's colour and
// shape when given), the expected trajectory (dotted), the annual targets (a step line), a horizontal
// target line, and the forecast (dashed). Used by the Connect 2030 overview, the KPI page and any screen
// charting a value over time; it takes shaped rows (shaped by overview/utils/target-trends.ts and
// kpi-page/utils/kpi-trend.ts) and formatters, and computes nothing itself. Always drawn left to right, also
// in Arabic, so the time axis reads like every other chart.
import type { ReactElement, ReactNode } from 'react';
import { CartesianGrid, ComposedChart, Line, Tooltip, XAxis, YAxis } from 'recharts';
import type { Status } from '@rbm/shared';
import { fitTicks, labelWidth, valueAxisWidth, valueTicks } from './axis-fit.ts';
import { niceStep } from './chart-scale.ts';
import { STATUS_COLORS, STATUS_SYMBOLS } from './status-style.ts';
import { TREND_COLORS, TrendLegend, type DrawnSeries, type TrendSeriesNames } from './TrendLegend.tsx';
import { useElementWidth } from './use-element-width.ts';
import './charts.css';

export { TREND_COLORS, type TrendSeriesNames } from './TrendLegend.tsx';

export interface TrendRow {
  /** Position on the time axis: a year (2024) or a quarter as a decimal year (2024.25 for 2024-Q2). */
  x: number;
  actual?: number | null;
  /** The actual's status, drawn as its colour and shape (KPI quarters). */
  status?: Status | null;
  expected?: number | null;
  /** The annual target in force at that point (drawn as a step line). */
  target?: number | null;
  forecast?: number | null;
}

/** A vertical mark on the time axis with a short label (e.g. a target revision); see TrendMarkers.tsx. */
export interface TrendMarker {
  x: number;
  label: string;
}

export interface TrendChartProps {
  rows: readonly TrendRow[];
  names: TrendSeriesNames;
  /** A horizontal line at the end target's value. */
  targetLine?: number | null;
  /** Extra Recharts elements drawn in the chart, e.g. `trendMarkers(...)` for target revisions. Kept out
   * of this file so the home screen does not ship Recharts' ReferenceLine. */
  children?: ReactNode;
  xLabel: string;
  yLabel: string;
  formatX: (x: number) => string;
  formatValue: (value: number) => string;
  domain: [number, number];
  /** Where the time axis has ticks (every row by default). */
  xTicks?: readonly number[];
  height?: number;
  /** Small multiple: no legend, no axis titles, fewer ticks. */
  compact?: boolean;
}

interface DotProps {
  cx?: number;
  cy?: number;
  index?: number;
  payload?: TrendRow;
}

function StatusDot({ cx, cy, index, payload }: DotProps): ReactElement {
  if (
    cx === undefined ||
    cy === undefined ||
    !payload ||
    payload.actual === null ||
    payload.actual === undefined
  )
    return <g key={`dot-${index ?? 0}`} />;
  const status = payload.status;
  if (!status) return <circle key={`dot-${index ?? 0}`} cx={cx} cy={cy} r={3} fill={TREND_COLORS.actual} />;
  return (
    <text
      key={`dot-${index ?? 0}`}
      x={cx}
      y={cy}
      dy="0.35em"
      textAnchor="middle"
      fontSize={13}
      fill={STATUS_COLORS[status]}
      stroke="#fff"
      strokeWidth={0.6}
    >
      {STATUS_SYMBOLS[status]}
    </text>
  );
}

export function TrendChart(props: TrendChartProps) {
  const { rows, names, formatX, formatValue, compact = false } = props;
  // a line needs two points: a series with fewer is neither drawn nor named in the legend
  const has = (key: keyof TrendRow) =>
    rows.filter((row) => row[key] !== undefined && row[key] !== null).length > 1;
  const hasTargetLine = props.targetLine !== undefined && props.targetLine !== null;
  const drawn: DrawnSeries = {
    expected: has('expected'),
    target: has('target'),
    targetLine: hasTargetLine,
    forecast: has('forecast'),
  };
  // the target as a flat series: same look as a reference line, one Recharts module less to ship
  const data = hasTargetLine ? rows.map((row) => ({ ...row, targetLine: props.targetLine })) : rows;
  const { ref, width } = useElementWidth<HTMLDivElement>();
  const height = props.height ?? (compact ? 150 : 260);
  // Axes sized to their labels: the value axis as wide as its widest tick, the time axis with only the
  // ticks that have room (the last always), and half a label of margin so the last is not cut off.
  const yTicks = compact
    ? undefined
    : valueTicks(props.domain, niceStep(props.domain[1] - props.domain[0], 4));
  const yWidth = compact ? 44 : valueAxisWidth((yTicks ?? []).map(formatValue));
  const lastLabel = props.xTicks?.length ? formatX(props.xTicks.at(-1)!) : '';
  const margin = compact
    ? { top: 8, right: 8, bottom: 4, left: 0 }
    : { top: 12, right: Math.max(16, Math.ceil(labelWidth(lastLabel) / 2) + 4), bottom: 24, left: 8 };
  const xTicks =
    props.xTicks && !compact
      ? fitTicks(props.xTicks, formatX, width - yWidth - margin.left - margin.right)
      : props.xTicks && [...props.xTicks];
  return (
    <div className={compact ? 'trend-chart trend-chart-compact' : 'trend-chart'}>
      {!compact && (
        <p className="trend-y-title" dir="auto">
          {props.yLabel}
        </p>
      )}
      <div dir="ltr" className="trend-chart-canvas" ref={ref} style={{ minBlockSize: height }}>
        {width > 0 && (
          <ComposedChart width={width} height={height} data={data as TrendRow[]} margin={margin}>
            <CartesianGrid stroke="#e3e8ee" vertical={false} />
            <XAxis
              type="number"
              dataKey="x"
              domain={['dataMin', 'dataMax']}
              ticks={xTicks}
              tickFormatter={(x: number) => formatX(x)}
              tick={{ fontSize: compact ? 11 : 12, fill: '#4a5665' }}
              interval={compact || !xTicks ? 'preserveStartEnd' : 0}
              minTickGap={compact ? 12 : 8}
              label={
                compact
                  ? undefined
                  : {
                      value: props.xLabel,
                      position: 'insideBottom',
                      offset: -16,
                      fill: '#4a5665',
                      fontSize: 12,
                    }
              }
            />
            <YAxis
              domain={props.domain}
              ticks={yTicks}
              interval={0}
              tickFormatter={(value: number) => formatValue(value)}
              tick={{ fontSize: compact ? 11 : 12, fill: '#4a5665' }}
              width={yWidth}
              tickCount={compact ? 3 : 5}
            />
            <Tooltip
              formatter={(value, name) => [
                typeof value === 'number' ? formatValue(value) : String(value),
                name,
              ]}
              labelFormatter={(label) => formatX(Number(label))}
            />
            {hasTargetLine && (
              <Line
                type="linear"
                dataKey="targetLine"
                name={names.targetLine ?? ''}
                stroke={TREND_COLORS.target}
                strokeDasharray="10 3 2 3"
                strokeWidth={1.5}
                dot={false}
                activeDot={false}
                isAnimationActive={false}
                connectNulls
              />
            )}
            {props.children}
            {drawn.target && (
              <Line
                type="stepAfter"
                dataKey="target"
                name={names.target ?? ''}
                stroke={TREND_COLORS.target}
                strokeWidth={2}
                dot={false}
                isAnimationActive={false}
                connectNulls
              />
            )}
            {drawn.expected && (
              <Line
                type="linear"
                dataKey="expected"
                name={names.expected ?? ''}
                stroke={TREND_COLORS.expected}
                strokeDasharray="2 3"
                strokeWidth={2}
                dot={false}
                isAnimationActive={false}
                connectNulls
              />
            )}
            {drawn.forecast && (
              <Line
                type="linear"
                dataKey="forecast"
                name={names.forecast ?? ''}
                stroke={TREND_COLORS.forecast}
                strokeDasharray="6 4"
                strokeWidth={2}
                dot={false}
                isAnimationActive={false}
                connectNulls
              />
            )}
            <Line
              type="linear"
              dataKey="actual"
              name={names.actual}
              stroke={TREND_COLORS.actual}
              strokeWidth={2.5}
              dot={(dot: DotProps) => <StatusDot {...dot} />}
              activeDot={{ r: 5 }}
              isAnimationActive={false}
              connectNulls
            />
          </ComposedChart>
        )}
      </div>
      {!compact && <TrendLegend names={names} drawn={drawn} />}
    </div>
  );
}
