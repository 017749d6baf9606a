// Turns a failed request into errors shown next to their fields, and moves focus to the first of them
// so keyboard and screen-reader users land on what needs fixing.
import type { TFunction } from 'i18next';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { ApiError } from './api-client.ts';

export interface FieldProblem {
  code: string;
  message: string;
}

/**
 * The per-field problems of a failed request, keyed by the top-level property they concern:
 * `body.username` -> `username`, `body.scope.sectors.0` -> `scope`. The first problem of a field wins.
 */
export function fieldProblems(error: unknown, location = 'body'): Record<string, FieldProblem> {
  const result: Record<string, FieldProblem> = {};
  if (!(error instanceof ApiError)) return result;
  for (const problem of error.problem.errors ?? []) {
    const [where, field] = problem.field.split('.');
    if (where !== location || !field || field in result) continue;
    result[field] = { code: problem.code, message: problem.message };
  }
  return result;
}

/**
 * A field problem in the user's language: a message for this field and code when the screen has one
 * (`<prefix>.<field>.<code>`), else the generic message for the code, else a generic "not valid".
 */
export function fieldProblemText(t: TFunction, prefix: string, field: string, problem: FieldProblem): string {
  return t([`${prefix}.${field}.${problem.code}`, `validation.${problem.code}`, 'validation.invalid']);
}

/**
 * The error of a whole form or request (not tied to one field) in the user's language: the message for
 * its code, else for its status (403: not allowed), else a generic one.
 */
export function formErrorText(t: TFunction, error: unknown): string {
  if (!(error instanceof ApiError)) return t('errors.network_error');
  return t([`errors.${error.code}`, error.status === 403 ? 'errors.forbidden' : 'errors.http_error']);
}

export const FORM_ALERT_ATTRIBUTE = 'data-form-alert';

/** Marks a group of inputs (a fieldset with tabIndex -1) as the place of an error. */
export const INVALID_GROUP_ATTRIBUTE = 'data-invalid';

/**
 * After each failed attempt (`attempt` changes), focuses the first invalid field of the form (an input
 * with aria-invalid, or a group with data-invalid), or its alert (data-form-alert, tabIndex -1) when no
 * single field is to blame.
 */
export function useFocusFirstError(formRef: RefObject<HTMLElement | null>, attempt: number): void {
  useEffect(() => {
    if (attempt === 0) return;
    const form = formRef.current;
    const target =
      form?.querySelector<HTMLElement>(`[aria-invalid="true"], [${INVALID_GROUP_ATTRIBUTE}]`) ??
      form?.querySelector<HTMLElement>(`[${FORM_ALERT_ATTRIBUTE}]`);
    target?.focus();
  }, [formRef, attempt]);
}

/** Every field problem in the user's language, keyed by field. */
export function fieldProblemTexts(
  t: TFunction,
  prefix: string,
  problems: Record<string, FieldProblem>,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(problems).map(([field, problem]) => [field, fieldProblemText(t, prefix, field, problem)]),
  );
}

/**
 * The error state every form keeps: the problems by field, the error of the whole request, and the form
 * whose first invalid field takes the focus after each failed attempt (`fail`). `clear` before trying again.
 */
export function useFormProblems() {
  const [problems, setProblems] = useState<Record<string, FieldProblem>>({});
  const [formError, setFormError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, attempt);
  const fail = useCallback((next: Record<string, FieldProblem>, error: unknown = null) => {
    setProblems(next);
    setFormError(error);
    setAttempt((n) => n + 1);
  }, []);
  const clear = useCallback(() => {
    setProblems({});
    setFormError(null);
  }, []);
  return { problems, formError, formRef, fail, clear };
}
