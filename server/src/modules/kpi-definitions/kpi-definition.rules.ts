// The checks a KPI definition must pass before it is stored: values valid for the unit, periods and years
// inside the plan, references that resolve. Each check adds field errors; the service raises them together.
import type { KpiUnit } from '@rbm/shared';
import { parsePeriod, validateKpiValue } from '@rbm/shared/rbm';
import type { FieldError } from '../../errors.ts';
import { unprocessable } from '../../errors.ts';

/** Field paths as the validation errors name them: `body.annualTargets.0.value`. */
export function fieldPath(...parts: Array<string | number>): string {
  return ['body', ...parts].join('.');
}

export function fieldError(field: string, code: string, message: string): FieldError {
  return { field, code, message };
}

/** One 422 carrying every field error, its code the first error's. */
export function raiseFieldErrors(errors: FieldError[]): void {
  const first = errors[0];
  if (first) throw unprocessable(first.code, errors.map((e) => e.message).join('; '), errors);
}

export function checkValue(unit: KpiUnit, value: number, field: string, errors: FieldError[]): void {
  const code = validateKpiValue(unit, value);
  if (code) errors.push(fieldError(field, code, `${field}: ${value} is not a valid ${unit} value (${code})`));
}

interface PlanYears {
  startYear: number;
  endYear: number;
}

export function checkBaseline(
  unit: KpiUnit,
  plan: PlanYears,
  baseline: { value: number; period: string } | null | undefined,
  errors: FieldError[],
): void {
  if (!baseline) return;
  checkValue(unit, baseline.value, fieldPath('baseline', 'value'), errors);
  const field = fieldPath('baseline', 'period');
  const period = parsePeriod(baseline.period);
  if (period === null) {
    errors.push(fieldError(field, 'period_invalid', `${field}: "${baseline.period}" is not a period`));
  } else if (period.year > plan.endYear) {
    errors.push(
      fieldError(field, 'baseline_after_plan', `${field}: the baseline cannot be after the plan ends`),
    );
  }
}

export function checkYear(plan: PlanYears, year: number, field: string, errors: FieldError[]): void {
  if (year < plan.startYear || year > plan.endYear) {
    errors.push(
      fieldError(
        field,
        'year_outside_plan',
        `${field}: ${year} is outside the plan (${plan.startYear}-${plan.endYear})`,
      ),
    );
  }
}

/** A required text without its surrounding blanks; an error when nothing is left. */
export function requiredText(text: string, field: string, errors: FieldError[]): string {
  const trimmed = text.trim();
  if (trimmed === '') errors.push(fieldError(field, 'blank', `${field} must not be blank`));
  return trimmed;
}

/** An optional text without its surrounding blanks; blank becomes null. */
export function optionalText(text: string | null | undefined): string | null {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/**
 * Resolves codes named in the body to ids: each code must exist (`unknown_<kind>`), once (`duplicate_<kind>`)
 * and name one thing only (`ambiguous_<kind>`, e.g. an outcome code used under two priorities).
 */
export function resolveCodes<R extends { id: number; code: string }>(
  kind: string,
  codes: readonly string[],
  rows: readonly R[],
  errors: FieldError[],
): R[] {
  const resolved: R[] = [];
  codes.forEach((code, index) => {
    const field = fieldPath(`${kind}s`, index);
    const matches = rows.filter((row) => row.code === code);
    const match = matches[0];
    if (codes.indexOf(code) !== index) {
      errors.push(fieldError(field, `duplicate_${kind}`, `${field}: ${kind} "${code}" is named twice`));
    } else if (!match) {
      errors.push(fieldError(field, `unknown_${kind}`, `${field}: ${kind} "${code}" does not exist`));
    } else if (matches.length > 1) {
      errors.push(
        fieldError(field, `ambiguous_${kind}`, `${field}: ${kind} code "${code}" names several ${kind}s`),
      );
    } else {
      resolved.push(match);
    }
  });
  return resolved;
}

/** A closed plan is history: the one rule of plan-status.ts (409 plan_closed). */
export { assertPlanOpen } from '../plans/plan-status.ts';
