// Charts drawn one after another, a frame apart, and only once they come near the screen: on a slow
// machine each Recharts chart costs tens of milliseconds, so a screen of a dozen charts would otherwise
// show none of them until all are done, and keep the page busy drawing charts nobody has scrolled to.
// The first chart to ask draws at once; the others follow in order.
import { useEffect, useRef, useState, type RefObject } from 'react';

const waiting: Array<() => void> = [];
let pumping = false;
/** How far below (or above) the screen a chart starts drawing, so it is there when scrolled to. */
const NEAR_SCREEN = '300px 0px';

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

export interface ChartTurn {
  /** False until it is this chart's turn to draw (a placeholder keeps its place meanwhile). */
  turn: boolean;
  /** Put on the placeholder: the chart queues up once the placeholder is near the screen. */
  placeholder: RefObject<HTMLDivElement | null>;
}

export function useChartTurn(): ChartTurn {
  const [turn, setTurn] = useState(false);
  const placeholder = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let cancelled = false;
    const go = () => {
      if (!cancelled) setTurn(true);
    };
    const queue = () => {
      waiting.push(go);
      if (!pumping) pump();
    };
    const element = placeholder.current;
    // without a placeholder or an IntersectionObserver (jsdom), every chart is near the screen
    const observer =
      element && typeof IntersectionObserver !== 'undefined'
        ? new IntersectionObserver(
            (entries) => {
              if (!entries.some((entry) => entry.isIntersecting)) return;
              observer?.disconnect();
              queue();
            },
            { rootMargin: NEAR_SCREEN },
          )
        : null;
    if (observer && element) observer.observe(element);
    else queue();
    return () => {
      cancelled = true;
      observer?.disconnect();
      const index = waiting.indexOf(go);
      if (index >= 0) waiting.splice(index, 1);
    };
  }, []);
  return { turn, placeholder };
}
