// The checks of one value write that need no database: the period, the region, the value itself (the
// shared rule, with the KPI's hard limits from the entry rules), each a 422 with a field error.
import type { PutValueBody } from '@rbm/shared/schemas';
import { checkValueEntry, validateDraftPeriod, type RbmPlan, type ValueLimits } from '@rbm/shared/rbm';
import { FREQUENCIES, KPI_UNITS } from '@rbm/shared';
import { unprocessable } from '../../errors.ts';
import { asEnum } from '../../lib/enums.ts';

const PERIOD_MESSAGES: Record<string, string> = {
  period_invalid: 'is not a quarter such as 2025-Q3',
  period_outside_plan: "is outside the plan's years",
  period_not_complete: 'has not begun: values can be drafted from the quarter in progress back',
  period_not_reporting_quarter: 'is not reported: this annual KPI reports in Q4 only',
};

const VALUE_MESSAGES: Record<string, string> = {
  not_finite: 'must be a finite number',
  percent_out_of_range: 'must be a percentage from 0 to 100',
  count_not_integer: 'must be a whole number of 0 or more',
  negative: 'must not be negative',
  too_precise: 'has more than 15 significant digits: it would be stored rounded and lose digits',
  not_whole_number: 'must be a whole number',
};

export function checkPeriod(plan: RbmPlan, period: string, frequency: string, now: Date): void {
  const code = validateDraftPeriod(plan, period, now, asEnum(FREQUENCIES, frequency, 'kpi.frequency'));
  if (code) {
    throw unprocessable(code, `Period ${period} ${PERIOD_MESSAGES[code] ?? 'is not accepted'}`, [
      { field: 'params.period', code, message: `${period} ${PERIOD_MESSAGES[code] ?? 'is not accepted'}` },
    ]);
  }
}

export function checkRegionAllowed(kpi: { byRegion: number; code: string }, regionId: number | null): void {
  if (regionId !== null && kpi.byRegion !== 1) {
    throw unprocessable('region_not_allowed', `KPI ${kpi.code} is not reported by region`, [
      {
        field: 'body.region',
        code: 'region_not_allowed',
        message: `KPI ${kpi.code} is not reported by region`,
      },
    ]);
  }
}

export function checkValue(unit: string, body: PutValueBody, limits: ValueLimits | null): void {
  const checked = checkValueEntry(asEnum(KPI_UNITS, unit, 'kpi.unit'), body.value, body.noDataReason, limits);
  if (checked.ok) return;
  if (checked.code === 'no_data_reason_required' || checked.code === 'text_too_long') {
    const message = checked.code === 'text_too_long' ? 'The reason is too long' : 'Say why there is no value';
    throw unprocessable(checked.code, 'A value, or a reason why there is no data, is required', [
      { field: 'body.noDataReason', code: checked.code, message },
    ]);
  }
  const { code } = checked;
  const message = `The value ${limitMessage(code, limits) ?? VALUE_MESSAGES[code]}`;
  throw unprocessable(code, message, [{ field: 'body.value', code, message }]);
}

function limitMessage(code: string, limits: ValueLimits | null): string | null {
  if (code === 'below_minimum') return `must be at least ${limits?.min}`;
  if (code === 'above_maximum') return `must be at most ${limits?.max}`;
  return null;
}
