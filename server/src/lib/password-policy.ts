// The password policy, applied wherever a password is set (user creation through the API and the
// command line, a new password): the shape rules of shared/src/passwords.ts, and none of the 49,233 most
// common passwords of published breaches (the list of @zxcvbn-ts/language-common, MIT), also with digits
// or symbols added at either end (`password1234`, `sunshine2026!`). Demo accounts are seeded by the
// fixtures with their documented demo password, outside this policy.
import { MIN_PASSWORD_LENGTH, passwordShapeProblems, type PasswordProblem } from '@rbm/shared';
import { dictionary } from '@zxcvbn-ts/language-common';
import type { FieldError } from '../errors.ts';

const COMMON = new Set(dictionary['passwords-common']);

const MESSAGES: Record<PasswordProblem, string> = {
  password_blank: 'The password must not be only spaces',
  password_too_short: `The password must have at least ${MIN_PASSWORD_LENGTH} characters`,
  password_is_username: 'The password must not be the username',
  password_contains_username: `The password must not be built around the username: without it, fewer than ${MIN_PASSWORD_LENGTH} characters remain`,
  password_repetitive: 'The password must not be one character or a short pattern repeated',
  password_sequential:
    'The password must not be a run of letters, digits or keys in order (abcd, 1234, qwerty)',
  password_too_common:
    'The password is one of the most common passwords of published breaches (perhaps with digits or symbols added): choose another',
};

/** In the list as it is, or once digits and symbols at either end are taken away (from a 4-letter core). */
function isCommon(password: string): boolean {
  const lower = password.trim().toLowerCase();
  if (COMMON.has(lower)) return true;
  const core = lower.replace(/^[\p{N}\p{P}\p{S}\s]+|[\p{N}\p{P}\p{S}\s]+$/gu, '');
  return core !== lower && [...core].length >= 4 && COMMON.has(core);
}

/** Every reason to refuse the password for this username, most important first (empty: it is fine). */
export function passwordProblems(password: string, username: string): FieldError[] {
  const problems = passwordShapeProblems(password, username);
  if (!problems.includes('password_blank') && isCommon(password)) problems.push('password_too_common');
  return problems.map((code) => ({ field: 'body.password', code, message: MESSAGES[code] }));
}
