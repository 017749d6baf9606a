import type { TFunction } from 'i18next';

/** A refused value's code in the user's language: this feature's text, else the app's, else "not valid". */
export function problemText(t: TFunction, code: string): string {
  return t([`kpiAuthoring.problems.${code}`, `validation.${code}`, 'validation.invalid']);
}

/** A refused request as a whole: this feature's text for its code, else the app's error texts. */
export function requestProblemText(t: TFunction, code: string | null, fallback: string): string {
  return code === null ? fallback : t([`kpiAuthoring.problems.${code}`, `errors.${code}`], fallback);
}
