// The key to a TrendChart's lines, naming only the lines the chart draws.

export interface TrendSeriesNames {
  actual: string;
  forecast?: string;
  expected?: string;
  target?: string;
  targetLine?: string;
}

export const TREND_COLORS = {
  actual: '#00558c',
  forecast: '#00558c',
  expected: '#4a5665',
  target: '#6d3b8f',
  marker: '#8a5300',
} as const;

function LegendSample({ dash, color }: { dash?: string; color: string }) {
  return (
    <svg width="28" height="10" aria-hidden="true" className="trend-legend-sample">
      <line x1="0" y1="5" x2="28" y2="5" stroke={color} strokeWidth="2.5" strokeDasharray={dash} />
    </svg>
  );
}

/** Which lines the chart draws: the legend names those and no other. */
export type DrawnSeries = Readonly<Record<'expected' | 'target' | 'targetLine' | 'forecast', boolean>>;

/** The key to the lines, as text, so it wraps and mirrors with the page. */
export function TrendLegend({ names, drawn }: { names: TrendSeriesNames; drawn: DrawnSeries }) {
  return (
    <ul className="chart-legend trend-legend">
      <li>
        <LegendSample color={TREND_COLORS.actual} />
        {names.actual}
      </li>
      {drawn.expected && names.expected && (
        <li>
          <LegendSample color={TREND_COLORS.expected} dash="2 3" />
          {names.expected}
        </li>
      )}
      {drawn.target && names.target && (
        <li>
          <LegendSample color={TREND_COLORS.target} />
          {names.target}
        </li>
      )}
      {drawn.targetLine && names.targetLine && (
        <li>
          <LegendSample color={TREND_COLORS.target} dash="10 3 2 3" />
          {names.targetLine}
        </li>
      )}
      {drawn.forecast && names.forecast && (
        <li>
          <LegendSample color={TREND_COLORS.forecast} dash="6 4" />
          {names.forecast}
        </li>
      )}
    </ul>
  );
}
