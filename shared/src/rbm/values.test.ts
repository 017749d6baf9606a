import { describe, expect, it } from 'vitest';
import { KPI_UNITS } from '../domain.ts';
import {
  checkValueEntry,
  indexActuals,
  validateKpiValue,
  validateValuePeriod,
  valueStateLabel,
  yearToDate,
  yearValue,
  VALUE_ERROR_CODES,
} from './values.ts';
import { quarterIndex } from './periods.ts';

const quarters = (year: number, values: Array<number | null>) =>
  values.flatMap((value, position) =>
    value === null ? [] : [{ period: `${year}-Q${position + 1}`, value }],
  );

describe('indexActuals', () => {
  it('keeps quarter values, drops junk, lets the later entry win', () => {
    const values = indexActuals([
      { period: '2025-Q1', value: 1 },
      { period: '2025', value: 99 },
      { period: 'junk', value: 5 },
      { period: '2025-Q2', value: Number.NaN },
      { period: '2025-Q3', value: Number.POSITIVE_INFINITY },
      { period: '2025-Q1', value: 2 },
    ]);
    expect([...values]).toEqual([[quarterIndex(2025, 1), 2]]);
  });
});

describe('yearValue', () => {
  const actuals = [...quarters(2025, [100, 200, 300, 400]), ...quarters(2024, [10, null, 30, null])];

  it('sums a flow', () => {
    expect(yearValue('sum', actuals, 2025)).toBe(1000);
    expect(yearValue('sum', actuals, 2024)).toBe(40);
  });

  it('takes the latest reported quarter of a level', () => {
    expect(yearValue('last', actuals, 2025)).toBe(400);
    expect(yearValue('last', actuals, 2024)).toBe(30);
  });

  it('averages the reported quarters of a rate', () => {
    expect(yearValue('mean', actuals, 2025)).toBe(250);
    expect(yearValue('mean', actuals, 2024)).toBe(20);
  });

  it('is null for a year with nothing reported', () => {
    expect(yearValue('sum', actuals, 2026)).toBeNull();
    expect(yearValue('mean', [], 2025)).toBeNull();
  });

  it('counts only Q4 for an annual KPI', () => {
    expect(yearValue('sum', actuals, 2025, 'annual')).toBe(400);
    expect(yearValue('mean', actuals, 2024, 'annual')).toBeNull();
  });

  it('handles zero and negative values', () => {
    expect(yearValue('sum', quarters(2025, [-5, 0, 5, -10]), 2025)).toBe(-10);
    expect(yearValue('last', quarters(2025, [3, 0]), 2025)).toBe(0);
  });
});

describe('yearToDate', () => {
  const actuals = quarters(2025, [200, null, 250, 100]);

  it('sums the reported quarters up to the period', () => {
    expect(yearToDate(actuals, '2025-Q1')).toBe(200);
    expect(yearToDate(actuals, '2025-Q2')).toBe(200);
    expect(yearToDate(actuals, '2025-Q3')).toBe(450);
    expect(yearToDate(actuals, '2025-Q4')).toBe(550);
  });

  it('is null before anything is reported in the year', () => {
    expect(yearToDate(quarters(2025, [null, null, 5]), '2025-Q2')).toBeNull();
    expect(yearToDate(actuals, '2026-Q4')).toBeNull();
  });

  it('wants a quarter', () => {
    expect(() => yearToDate(actuals, '2025')).toThrow(RangeError);
    expect(() => yearToDate(actuals, 'x')).toThrow(RangeError);
  });
});

describe('validateKpiValue', () => {
  it('refuses what is not a finite number, whatever the unit', () => {
    for (const unit of KPI_UNITS) {
      expect(validateKpiValue(unit, Number.NaN)).toBe('not_finite');
      expect(validateKpiValue(unit, Number.POSITIVE_INFINITY)).toBe('not_finite');
      expect(validateKpiValue(unit, '5' as unknown as number)).toBe('not_finite');
    }
  });

  it('keeps percent within 0..100', () => {
    expect(validateKpiValue('percent', 0)).toBeNull();
    expect(validateKpiValue('percent', 100)).toBeNull();
    expect(validateKpiValue('percent', 55.5)).toBeNull();
    expect(validateKpiValue('percent', 100.01)).toBe('percent_out_of_range');
    expect(validateKpiValue('percent', -0.1)).toBe('percent_out_of_range');
  });

  it('wants a count to be a non-negative integer', () => {
    expect(validateKpiValue('count', 0)).toBeNull();
    expect(validateKpiValue('count', 12)).toBeNull();
    expect(validateKpiValue('count', 1.5)).toBe('count_not_integer');
    expect(validateKpiValue('count', -1)).toBe('negative');
    expect(validateKpiValue('count', -1.5)).toBe('negative');
  });

  it('refuses negative days and currency', () => {
    expect(validateKpiValue('days', 3.5)).toBeNull();
    expect(validateKpiValue('days', -1)).toBe('negative');
    expect(validateKpiValue('currency', 0)).toBeNull();
    expect(validateKpiValue('currency', -0.01)).toBe('negative');
  });

  it('accepts any finite ratio or number', () => {
    expect(validateKpiValue('ratio', -2.5)).toBeNull();
    expect(validateKpiValue('number', -1e9)).toBeNull();
  });

  it('only ever returns a listed code', () => {
    const codes = new Set<string | null>([...VALUE_ERROR_CODES, null]);
    for (const unit of KPI_UNITS) {
      for (const value of [-1, 0, 0.5, 101, Number.NaN])
        expect(codes.has(validateKpiValue(unit, value))).toBe(true);
    }
  });
});

describe('validateValuePeriod', () => {
  const plan = { startYear: 2024, endYear: 2027 };
  const now = new Date('2025-08-20T00:00:00Z');

  it('accepts a complete quarter of the plan', () => {
    expect(validateValuePeriod(plan, '2025-Q2', now)).toBeNull();
    expect(validateValuePeriod(plan, '2024-Q1', now)).toBeNull();
  });

  it('wants a quarter', () => {
    expect(validateValuePeriod(plan, '2025', now)).toBe('period_invalid');
    expect(validateValuePeriod(plan, '2025-Q7', now)).toBe('period_invalid');
  });

  it('wants the plan years', () => {
    expect(validateValuePeriod(plan, '2023-Q4', now)).toBe('period_outside_plan');
    expect(validateValuePeriod(plan, '2028-Q1', new Date('2030-01-01T00:00:00Z'))).toBe(
      'period_outside_plan',
    );
  });

  it('refuses a quarter that is not over', () => {
    expect(validateValuePeriod(plan, '2025-Q3', now)).toBe('period_not_complete');
    expect(validateValuePeriod(plan, '2026-Q1', now)).toBe('period_not_complete');
  });

  it('wants Q4 for an annual KPI', () => {
    expect(validateValuePeriod(plan, '2024-Q2', now, 'annual')).toBe('period_not_reporting_quarter');
    expect(validateValuePeriod(plan, '2024-Q4', now, 'annual')).toBeNull();
  });
});

describe('checkValueEntry (the value PUT, the grid and the import)', () => {
  it('keeps a figure and drops a reason beside it', () => {
    expect(checkValueEntry('percent', 40, 'ignored')).toEqual({ ok: true, value: 40, noDataReason: null });
    expect(checkValueEntry('percent', 140, null)).toEqual({ ok: false, code: 'percent_out_of_range' });
  });

  it('takes no figure only with a reason, trimmed and at most 1000 characters', () => {
    expect(checkValueEntry('count', null, '  Survey late ')).toEqual({
      ok: true,
      value: null,
      noDataReason: 'Survey late',
    });
    expect(checkValueEntry('count', null, ' ')).toEqual({ ok: false, code: 'no_data_reason_required' });
    expect(checkValueEntry('count', null, 'x'.repeat(1001))).toEqual({ ok: false, code: 'text_too_long' });
  });
});

describe('valueStateLabel', () => {
  it('names returned drafts, drafts without a figure, and nothing stored as the grid does', () => {
    expect(valueStateLabel(null)).toBe('empty');
    expect(valueStateLabel({ state: 'draft', value: 1, returnComment: 'Check' })).toBe('returned');
    expect(valueStateLabel({ state: 'draft', value: null, returnComment: null })).toBe('no_data');
    expect(valueStateLabel({ state: 'draft', value: 1, returnComment: null })).toBe('draft');
    expect(valueStateLabel({ state: 'approved', value: 1, returnComment: null })).toBe('approved');
  });
});

describe('value limits and precision', () => {
  it('refuses a number with more significant digits than a double keeps (15)', () => {
    expect(validateKpiValue('count', Number('123456789012345678901234567890'))).toBe('too_precise');
    expect(validateKpiValue('number', 1234567890123456)).toBe('too_precise');
    expect(validateKpiValue('number', 0.1 + 0.2)).toBe('too_precise');
    expect(validateKpiValue('number', 123456789012345)).toBeNull();
    expect(validateKpiValue('number', 0.3)).toBeNull();
    expect(validateKpiValue('number', 1e29)).toBeNull();
  });

  it("applies the KPI's hard limits after the unit", () => {
    const limits = { min: 10, max: 60, integer: true };
    expect(validateKpiValue('number', 9, limits)).toBe('below_minimum');
    expect(validateKpiValue('number', 61, limits)).toBe('above_maximum');
    expect(validateKpiValue('number', 12.5, limits)).toBe('not_whole_number');
    expect(validateKpiValue('number', 60, limits)).toBeNull();
    expect(validateKpiValue('percent', 101, limits)).toBe('percent_out_of_range');
    expect(validateKpiValue('number', 12.5, { min: null, max: null, integer: false })).toBeNull();
    expect(checkValueEntry('count', 75, null, { min: null, max: 60, integer: false })).toEqual({
      ok: false,
      code: 'above_maximum',
    });
    expect(checkValueEntry('count', null, undefined)).toEqual({ ok: false, code: 'no_data_reason_required' });
  });
});
