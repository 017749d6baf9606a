// Properties of the whole module, checked on generated KPIs (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AGGREGATIONS, DIRECTIONS, FREQUENCIES, KPI_UNITS, type Direction } from '../domain.ts';
import { reportingCalendar } from './calendar.ts';
import { forecastKpi } from './forecast.ts';
import { DEFAULT_THRESHOLDS, type RbmKpi, type RbmPlan, type Thresholds } from './model.ts';
import { planQuarters } from './periods.ts';
import { kpiScore, rollUp } from './rollup.ts';
import { assessKpi, kpiSeries } from './status.ts';
import { validateKpiValue, VALUE_ERROR_CODES, type ActualValue } from './values.ts';

const plan: RbmPlan = { startYear: 2024, endYear: 2027 };
/** Every quarter of the plan is complete. */
const later = new Date('2028-03-01T00:00:00Z');
const quarters = planQuarters(plan);
const periods = [...quarters, '2024', '2025', '2026', '2027'];
const baselinePeriods = ['2023', '2023-Q4', '2021', '2024-Q2', '2025-Q3', 'unknown'];

const whole = fc.integer({ min: -1000, max: 1000 });
const positive = fc.integer({ min: 1, max: 1000 });

/** Actuals for some quarters of the plan (some missing). */
const actualsOf = (value: fc.Arbitrary<number>) =>
  fc
    .array(fc.option(value, { nil: null }), { minLength: 16, maxLength: 16 })
    .map((values) =>
      values.flatMap((entry, position): ActualValue[] =>
        entry === null ? [] : [{ period: quarters[position]!, value: entry }],
      ),
    );

/** Any KPI on small integers; `maintain` KPIs get positive targets (their `t = 0` rule is absolute, not relative). */
const anyKpi = fc
  .record({
    direction: fc.constantFrom(...DIRECTIONS),
    aggregation: fc.constantFrom(...AGGREGATIONS),
    frequency: fc.constantFrom(...FREQUENCIES),
    baseline: fc.option(fc.record({ value: whole, period: fc.constantFrom(...baselinePeriods) }), {
      nil: null,
    }),
    targets: fc.array(fc.option(whole, { nil: null }), { minLength: 4, maxLength: 4 }),
    positiveTargets: fc.array(positive, { minLength: 4, maxLength: 4 }),
    tolerance: fc.constantFrom(undefined, 0, 0.05, 0.1),
  })
  .map(({ direction, targets, positiveTargets, baseline, ...rest }): RbmKpi => {
    const maintain = direction === 'maintain';
    const values = maintain ? positiveTargets : targets;
    return {
      id: 'k',
      unit: 'number',
      direction,
      baseline:
        maintain && baseline !== null ? { ...baseline, value: Math.abs(baseline.value) + 1 } : baseline,
      annualTargets: values.flatMap((value, position) =>
        value === null ? [] : [{ year: 2024 + position, value }],
      ),
      ...rest,
    };
  });

/** An increase / decrease KPI whose targets all lie in its direction from the baseline. */
const directedKpi = fc
  .record({
    direction: fc.constantFrom<'increase' | 'decrease'>('increase', 'decrease'),
    aggregation: fc.constantFrom(...AGGREGATIONS),
    frequency: fc.constantFrom(...FREQUENCIES),
    hasBaseline: fc.boolean(),
    start: whole,
    period: fc.constantFrom(...baselinePeriods),
    steps: fc.array(fc.integer({ min: 0, max: 200 }), { minLength: 4, maxLength: 4 }),
  })
  .map(({ direction, aggregation, frequency, hasBaseline, start, period, steps }): RbmKpi => {
    const sign = direction === 'increase' ? 1 : -1;
    // An increasing flow counts up from 0, so its targets are not negative.
    const origin = direction === 'increase' && aggregation === 'sum' ? Math.abs(start) : start;
    let level = origin;
    const annualTargets = steps.map((step, position) => {
      level += sign * step;
      return { year: 2024 + position, value: level };
    });
    return {
      id: 'k',
      unit: 'number',
      direction,
      aggregation,
      frequency,
      baseline: hasBaseline ? { value: origin, period } : null,
      annualTargets,
    };
  });

const thresholdsArb: fc.Arbitrary<Thresholds> = fc
  .tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }))
  .map(([x, y]) => ({ onTrack: Math.max(x, y), atRisk: Math.min(x, y) }));

function scaled(kpi: RbmKpi, k: number): RbmKpi {
  return {
    ...kpi,
    baseline: kpi.baseline === null ? null : { ...kpi.baseline, value: kpi.baseline.value * k },
    annualTargets: kpi.annualTargets.map((target) => ({ ...target, value: target.value * k })),
  };
}

/** Every number reachable in `value` is finite. */
function allFinite(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (value === null || typeof value !== 'object' || value instanceof Date) return true;
  return Object.values(value).every(allFinite);
}

describe('properties', () => {
  it('the ratio never decreases as the actual moves in the KPI’s direction', () => {
    fc.assert(
      fc.property(
        directedKpi,
        actualsOf(whole),
        fc.constantFrom(...periods),
        whole,
        whole,
        (kpi, actuals, period, x, y) => {
          const quarter = period.length === 4 ? `${period}-Q4` : period;
          const worse = kpi.direction === 'increase' ? Math.min(x, y) : Math.max(x, y);
          const better = kpi.direction === 'increase' ? Math.max(x, y) : Math.min(x, y);
          const withValue = (value: number) => [
            ...actuals.filter((actual) => actual.period !== quarter),
            { period: quarter, value },
          ];
          const low = assessKpi(kpi, plan, withValue(worse), period, later).ratio;
          const high = assessKpi(kpi, plan, withValue(better), period, later).ratio;
          if (low !== null && high !== null) expect(high).toBeGreaterThanOrEqual(low);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('the status is unchanged when baseline, targets and actuals are multiplied by k > 0', () => {
    const factor = fc.double({ min: 1e-3, max: 1e3, noNaN: true }).filter((k) => k > 0);
    fc.assert(
      fc.property(anyKpi, actualsOf(whole), factor, (kpi, actuals, k) => {
        const original = kpiSeries(kpi, plan, actuals, later);
        const times = kpiSeries(
          scaled(kpi, k),
          plan,
          actuals.map((actual) => ({ ...actual, value: actual.value * k })),
          later,
        );
        expect(times.quarters.map((entry) => entry.status)).toEqual(
          original.quarters.map((entry) => entry.status),
        );
        expect(times.years.map((entry) => entry.status)).toEqual(original.years.map((entry) => entry.status));
      }),
      { numRuns: 1000 },
    );
  });

  it('a roll-up of one KPI is that KPI', () => {
    fc.assert(
      fc.property(
        anyKpi,
        actualsOf(whole),
        fc.constantFrom(...periods),
        thresholdsArb,
        (kpi, actuals, period, custom) => {
          // maintain KPIs count 1 / 0.75 / 0.3, numbers tied to the default thresholds.
          const thresholds = kpi.direction === 'maintain' ? DEFAULT_THRESHOLDS : custom;
          const assessment = assessKpi(kpi, { ...plan, thresholds }, actuals, period, later);
          const result = rollUp([{ kpiId: kpi.id, direction: kpi.direction, assessment }], thresholds);
          expect(result.status).toBe(assessment.status);
          expect(result.score).toBe(kpiScore(kpi.direction, assessment));
          if (kpi.direction !== 'maintain' && assessment.ratio !== null && assessment.status !== 'achieved') {
            expect(result.score).toBe(Math.min(assessment.ratio, 1));
          }
          expect(result.kpiCount).toBe(1);
          expect(result.completeness).toBe(assessment.due ? (assessment.actual === null ? 0 : 1) : null);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('no NaN or Infinity ever leaves the module', () => {
    const anyNumber = fc.oneof(fc.double(), whole, fc.constantFrom(0, -0, 1e-320, 1.7e308, -1.7e308));
    const wild = fc.record({
      direction: fc.constantFrom<Direction>(...DIRECTIONS),
      aggregation: fc.constantFrom(...AGGREGATIONS),
      frequency: fc.constantFrom(...FREQUENCIES),
      baseline: fc.option(fc.record({ value: anyNumber, period: fc.constantFrom(...baselinePeriods) }), {
        nil: null,
      }),
      targets: fc.array(fc.record({ year: fc.integer({ min: 2022, max: 2031 }), value: anyNumber }), {
        maxLength: 6,
      }),
      tolerance: fc.option(anyNumber, { nil: undefined }),
      weight: fc.option(anyNumber, { nil: undefined }),
    });
    fc.assert(
      fc.property(
        wild,
        actualsOf(anyNumber),
        fc.date({ min: new Date('2023-01-01'), max: new Date('2029-01-01'), noInvalidDate: true }),
        (input, actuals, now) => {
          const kpi: RbmKpi = { id: 1, unit: 'number', ...input, annualTargets: input.targets };
          const series = kpiSeries(kpi, plan, actuals, now);
          expect(allFinite(series)).toBe(true);
          for (const assessment of [...series.quarters, ...series.years]) {
            expect(
              allFinite(rollUp([{ kpiId: 1, direction: kpi.direction, weight: kpi.weight, assessment }])),
            ).toBe(true);
          }
          const items = series.quarters.map((assessment, position) => ({
            kpiId: position,
            direction: kpi.direction,
            weight: kpi.weight,
            assessment,
          }));
          expect(allFinite(rollUp(items))).toBe(true);
          expect(allFinite(forecastKpi(kpi, plan, actuals))).toBe(true);
          const submitted = actuals.map((actual) => ({ kpiId: 1, period: actual.period, submittedAt: now }));
          expect(allFinite(reportingCalendar([kpi], plan, submitted, now))).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('value validation returns a stable code or null', () => {
    const codes = new Set<string | null>([...VALUE_ERROR_CODES, null]);
    fc.assert(
      fc.property(fc.constantFrom(...KPI_UNITS), fc.double(), (unit, value) => {
        const code = validateKpiValue(unit, value);
        expect(codes.has(code)).toBe(true);
        if (!Number.isFinite(value)) expect(code).toBe('not_finite');
      }),
    );
  });
});
