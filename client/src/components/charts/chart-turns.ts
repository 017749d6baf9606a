// Charts drawn one after another, a frame apart, rather than all in one long render: on a slow machine each
// Recharts chart costs tens of milliseconds, so a screen of a dozen charts would otherwise show none of
// them until all are done. The first chart to ask draws at once; the others follow in order.
import { useEffect, useState } from 'react';

const waiting: Array<() => void> = [];
let pumping = false;

function pump(): void {
  const next = waiting.shift();
  if (!next) {
    pumping = false;
    return;
  }
  pumping = true;
  next();
  // the next chart after the browser has painted this one
  requestAnimationFrame(() => setTimeout(pump, 0));
}

/** False until it is this chart's turn to draw (a placeholder keeps its place meanwhile). */
export function useChartTurn(): boolean {
  const [turn, setTurn] = useState(false);
  useEffect(() => {
    let cancelled = false;
    const go = () => {
      if (!cancelled) setTurn(true);
    };
    waiting.push(go);
    if (!pumping) pump();
    return () => {
      cancelled = true;
      const index = waiting.indexOf(go);
      if (index >= 0) waiting.splice(index, 1);
    };
  }, []);
  return turn;
}
