// A time series against its target: the actual values (solid, each point in its status's colour and
// shape when given), the expected trajectory (dotted), the annual targets (a step line), a horizontal
// target line, and the forecast (dashed). Used by the Connect 2030 overview, the KPI page and any screen
// charting a value over time; it takes shaped rows (see trend-rows.ts) and formatters, and computes
// nothing itself. Always drawn left to right, also in Arabic, so the time axis reads like every other chart.
import type { ReactElement, ReactNode } from 'react';
import { CartesianGrid, ComposedChart, Line, Tooltip, XAxis, YAxis } from 'recharts';
import type { Status } from '@rbm/shared';
import { STATUS_COLORS, STATUS_SYMBOLS } from './status-style.ts';
import { useElementWidth } from './use-element-width.ts';
import './charts.css';

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

export interface TrendSeriesNames {
  actual: string;
  forecast?: string;
  expected?: string;
  target?: string;
  targetLine?: string;
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

export const TREND_COLORS = {
  actual: '#00558c',
  forecast: '#00558c',
  expected: '#4a5665',
  target: '#6d3b8f',
  marker: '#8a5300',
} as const;

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

function LegendSample({ dash, color }: { dash?: string; color: string }) {
  return (
    <svg width="28" height="10" aria-hidden="true" className="trend-legend-sample">
      <line x1="0" y1="5" x2="28" y2="5" stroke={color} strokeWidth="2.5" strokeDasharray={dash} />
    </svg>
  );
}

/** The key to the lines, as text, so it wraps and mirrors with the page. */
export function TrendLegend({ names, hasTargetLine }: { names: TrendSeriesNames; hasTargetLine: boolean }) {
  return (
    <ul className="trend-legend">
      <li>
        <LegendSample color={TREND_COLORS.actual} />
        {names.actual}
      </li>
      {names.expected && (
        <li>
          <LegendSample color={TREND_COLORS.expected} dash="2 3" />
          {names.expected}
        </li>
      )}
      {names.target && (
        <li>
          <LegendSample color={TREND_COLORS.target} />
          {names.target}
        </li>
      )}
      {hasTargetLine && names.targetLine && (
        <li>
          <LegendSample color={TREND_COLORS.target} dash="10 3 2 3" />
          {names.targetLine}
        </li>
      )}
      {names.forecast && (
        <li>
          <LegendSample color={TREND_COLORS.forecast} dash="6 4" />
          {names.forecast}
        </li>
      )}
    </ul>
  );
}

export function TrendChart(props: TrendChartProps) {
  const { rows, names, formatX, formatValue, compact = false } = props;
  const has = (key: keyof TrendRow) => rows.some((row) => row[key] !== undefined && row[key] !== null);
  const hasTargetLine = props.targetLine !== undefined && props.targetLine !== null;
  // the target as a flat series: same look as a reference line, one Recharts module less to ship
  const data = hasTargetLine ? rows.map((row) => ({ ...row, targetLine: props.targetLine })) : rows;
  const { ref, width } = useElementWidth<HTMLDivElement>();
  const height = props.height ?? (compact ? 150 : 260);
  return (
    <div className={compact ? 'trend-chart trend-chart-compact' : 'trend-chart'}>
      <div dir="ltr" className="trend-chart-canvas" ref={ref} style={{ minBlockSize: height }}>
        {width > 0 && (
          <ComposedChart
            width={width}
            height={height}
            data={data as TrendRow[]}
            margin={
              compact ? { top: 8, right: 8, bottom: 4, left: 0 } : { top: 12, right: 16, bottom: 24, left: 8 }
            }
          >
            <CartesianGrid stroke="#e3e8ee" vertical={false} />
            <XAxis
              type="number"
              dataKey="x"
              domain={['dataMin', 'dataMax']}
              ticks={props.xTicks ? [...props.xTicks] : undefined}
              tickFormatter={(x: number) => formatX(x)}
              tick={{ fontSize: compact ? 11 : 12, fill: '#4a5665' }}
              interval="preserveStartEnd"
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
              tickFormatter={(value: number) => formatValue(value)}
              tick={{ fontSize: compact ? 11 : 12, fill: '#4a5665' }}
              width={compact ? 44 : 64}
              tickCount={compact ? 3 : 5}
              label={
                compact
                  ? undefined
                  : {
                      value: props.yLabel,
                      angle: -90,
                      position: 'insideLeft',
                      style: { textAnchor: 'middle' },
                      fill: '#4a5665',
                      fontSize: 12,
                    }
              }
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
            {has('target') && (
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
            {has('expected') && (
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
            {has('forecast') && (
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
      {!compact && <TrendLegend names={names} hasTargetLine={hasTargetLine} />}
    </div>
  );
}
