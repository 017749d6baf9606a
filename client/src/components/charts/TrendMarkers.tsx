// Vertical marks on a TrendChart's time axis (e.g. target revisions), passed as its children:
// <TrendChart ...>{trendMarkers(markers)}</TrendChart>. A separate file so charts without marks (the
// home screen) do not ship Recharts' ReferenceLine.
import { ReferenceLine } from 'recharts';
import { TREND_COLORS, type TrendMarker } from './TrendChart.tsx';

export function trendMarkers(markers: readonly TrendMarker[]) {
  return markers.map((marker) => (
    <ReferenceLine
      key={`${marker.x}-${marker.label}`}
      x={marker.x}
      stroke={TREND_COLORS.marker}
      strokeDasharray="3 3"
      label={{ value: marker.label, position: 'insideTopLeft', fill: TREND_COLORS.marker, fontSize: 11 }}
    />
  ));
}
