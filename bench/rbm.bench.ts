// The RBM calculation module at dashboard scale: status of 2,000 KPIs over a 16-quarter plan, then roll-ups.
// Deterministic data (seeded), warm-up first, median of several timed runs.
import {
  assessPrepared,
  forecastKpi,
  kpiSeries,
  lastCompleteQuarterIndex,
  planQuarters,
  prepareKpi,
  rollUpBy,
  type KpiAssessment,
  type KpiSeries,
  type RbmKpi,
  type RbmPlan,
  type RollUpItem,
} from '../shared/src/rbm/index.ts';
import { AGGREGATIONS, DIRECTIONS, type Direction } from '../shared/src/domain.ts';

const KPI_COUNT = 2000;
const PRIORITIES = 10;
const SECTORS = 4;
const REGIONS = 6;
const WARMUP_RUNS = 5;
const TIMED_RUNS = 25;
const GOAL_MS = 20;

const plan: RbmPlan = { startYear: 2024, endYear: 2027 };
/** Every quarter of the plan is complete, so every KPI is assessed in full. */
const now = new Date('2028-01-20T00:00:00Z');

/** mulberry32: a small seeded generator, so every run measures the same work. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface BenchKpi {
  kpi: RbmKpi;
  actuals: Array<{ period: string; value: number }>;
  priorities: number[];
  sectors: number[];
  regions: number[];
}

function makeKpis(): BenchKpi[] {
  const next = random(2024);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const quarters = planQuarters(plan);
  return Array.from({ length: KPI_COUNT }, (_, id) => {
    const direction = pick(DIRECTIONS);
    const aggregation = pick(AGGREGATIONS);
    const start = 20 + next() * 60;
    const step = (direction === 'decrease' ? -1 : direction === 'increase' ? 1 : 0) * (1 + next() * 5);
    const annualTargets = [2024, 2025, 2026, 2027]
      .filter(() => next() > 0.1)
      .map((year) => ({ year, value: start + step * (year - 2023) }));
    const kpi: RbmKpi = {
      id,
      direction,
      aggregation,
      frequency: next() < 0.2 ? 'annual' : 'quarterly',
      unit: 'number',
      baseline: next() < 0.85 ? { value: start, period: next() < 0.9 ? '2023' : '2024-Q2' } : null,
      annualTargets: annualTargets.length > 0 ? annualTargets : [{ year: 2027, value: start + step * 4 }],
      weight: next() < 0.2 ? 2 : 1,
    };
    const actuals = quarters.flatMap((period, position) =>
      next() < 0.1 ? [] : [{ period, value: start + step * (position / 4) * (0.6 + next() * 0.6) }],
    );
    const priorities = [Math.floor(next() * PRIORITIES)];
    if (next() < 0.3)
      priorities.push((priorities[0]! + 1 + Math.floor(next() * (PRIORITIES - 1))) % PRIORITIES);
    const regions = [Math.floor(next() * REGIONS)];
    if (next() < 0.3) regions.push((regions[0]! + 1) % REGIONS);
    return { kpi, actuals, priorities, sectors: [Math.floor(next() * SECTORS)], regions };
  });
}

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Median time of `work` in ms, after warm-up runs. */
function measure<T>(work: () => T): { ms: number; result: T } {
  let result = work();
  for (let run = 1; run < WARMUP_RUNS; run++) result = work();
  const times: number[] = [];
  for (let run = 0; run < TIMED_RUNS; run++) {
    const started = performance.now();
    result = work();
    times.push(performance.now() - started);
  }
  return { ms: median(times), result };
}

const format = (ms: number): string => `${ms.toFixed(1)} ms`;

export async function run(): Promise<void> {
  const kpis = makeKpis();
  const quarterCount = planQuarters(plan).length;

  const quarters = planQuarters(plan);
  const lastComplete = lastCompleteQuarterIndex(now);
  const status = measure(() =>
    kpis.map(({ kpi, actuals }) => {
      const prepared = prepareKpi(kpi, plan, actuals);
      return quarters.map((period) => assessPrepared(prepared, period, lastComplete));
    }),
  );
  console.log(
    `rbm: status ${KPI_COUNT} KPIs x ${quarterCount} quarters: ${format(status.ms)} (goal < ${GOAL_MS} ms)`,
  );

  const seriesRun = measure(() => kpis.map(({ kpi, actuals }) => kpiSeries(kpi, plan, actuals, now)));
  console.log(
    `rbm: kpiSeries ${KPI_COUNT} KPIs (${quarterCount} quarters + 4 years each): ${format(seriesRun.ms)}`,
  );

  const series: KpiSeries[] = seriesRun.result;
  const itemsFor = (quarter: number): RollUpItem[] =>
    kpis.map(({ kpi }, position) => ({
      kpiId: kpi.id,
      weight: kpi.weight,
      direction: kpi.direction as Direction,
      assessment: series[position]!.quarters[quarter] as KpiAssessment,
    }));
  const items = Array.from({ length: quarterCount }, (_, quarter) => itemsFor(quarter));
  const groupings: Array<[string, (item: RollUpItem) => number[]]> = [
    [`${PRIORITIES} priorities`, (item) => kpis[item.kpiId as number]!.priorities],
    [`${SECTORS} sectors`, (item) => kpis[item.kpiId as number]!.sectors],
    [`${REGIONS} regions`, (item) => kpis[item.kpiId as number]!.regions],
  ];

  const latest = items[quarterCount - 1]!;
  const oneQuarter = measure(() => groupings.map(([, groupsOf]) => rollUpBy(latest, groupsOf)));
  const allQuarters = measure(() =>
    items.map((quarterItems) => groupings.map(([, groupsOf]) => rollUpBy(quarterItems, groupsOf))),
  );
  const names = groupings.map(([name]) => name).join(' / ');
  console.log(`rbm: roll-ups by ${names}, one quarter: ${format(oneQuarter.ms)}`);
  console.log(`rbm: roll-ups by ${names}, all ${quarterCount} quarters: ${format(allQuarters.ms)}`);

  const forecasts = measure(() => kpis.map(({ kpi, actuals }) => forecastKpi(kpi, plan, actuals)));
  const drawn = forecasts.result.filter((forecast) => forecast !== null).length;
  console.log(`rbm: forecast ${KPI_COUNT} KPIs (${drawn} with a trend line): ${format(forecasts.ms)}`);

  const counts = oneQuarter.result[0]!;
  const scores = [...counts.values()].map((rollUp) => rollUp.score?.toFixed(2) ?? 'n/a').join(' ');
  console.log(`rbm: (check) ${quarterCount}th-quarter priority scores: ${scores}`);
}
