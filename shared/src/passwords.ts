// What a new password must be (OWASP ASVS 4 V2.1, NIST SP 800-63B 5.1.1): long, and not guessable from
// its shape or from the account. No composition rules (a digit, a capital...): they make passwords harder
// to remember, not to guess. The server also refuses the most common passwords of published breaches
// (server/src/lib/password-policy.ts); the rules here are cheap, so the client tells them before sending.

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 200;

/** Why a password is refused, most important first; each is an error code with a text in the client. */
export const PASSWORD_PROBLEMS = [
  'password_blank',
  'password_too_short',
  'password_is_username',
  'password_contains_username',
  'password_repetitive',
  'password_sequential',
  'password_too_common',
] as const;
export type PasswordProblem = (typeof PASSWORD_PROBLEMS)[number];

/** Runs people type as "a sequence": the alphabet, the digits and the letter rows of common keyboards. */
const WALKS = [
  'abcdefghijklmnopqrstuvwxyz',
  '0123456789',
  'qwertyuiopasdfghjklzxcvbnm',
  'qwertzuiopasdfghjklyxcvbnm',
  'azertyuiopqsdfghjklmwxcvbn',
  '1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p',
];

/** Length in characters as people count them (code points), not UTF-16 units. */
const lengthOf = (text: string) => [...text].length;

/** One character or a few, repeated (`aaaaaaaaaaaa`, `abcabcabcabc`, `111122223333`). */
function isRepetitive(lower: string): boolean {
  const chars = [...lower];
  if (new Set(chars).size < 5) return true;
  for (let unit = 1; unit <= 6 && unit * 2 <= chars.length; unit += 1) {
    if (chars.every((c, i) => c === chars[i % unit])) return true;
  }
  return false;
}

/** A run along one of the walks, forwards or backwards, wrapping round (`1234567890123`, `lkjhgfdsapoi`). */
function isSequential(lower: string): boolean {
  return WALKS.some((walk) => {
    const wrapped = walk.repeat(Math.ceil(lower.length / walk.length) + 1);
    return wrapped.includes(lower) || [...wrapped].reverse().join('').includes(lower);
  });
}

/** Letters and digits only, lower case: `Ana.Planner` and `anaplanner` are the same name here. */
const bare = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * The username, or the password built around it: with every appearance of the username taken out (and
 * dots, dashes and spaces, which pad a password without making it harder), fewer than the minimum remain.
 */
function usernameProblem(password: string, username: string): PasswordProblem | null {
  const name = bare(username);
  if (name === '') return null;
  const letters = bare(password);
  if (password.trim().toLowerCase() === username.trim().toLowerCase() || letters === name)
    return 'password_is_username';
  if (lengthOf(name) < 3 || !letters.includes(name)) return null;
  return lengthOf(letters.split(name).join('')) < MIN_PASSWORD_LENGTH ? 'password_contains_username' : null;
}

/**
 * The problems of a password that its shape and the username tell, most important first (empty when
 * there are none). The list of common passwords is the server's to check.
 */
export function passwordShapeProblems(password: string, username: string): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  if (password.trim() === '') problems.push('password_blank');
  if (lengthOf(password) < MIN_PASSWORD_LENGTH) problems.push('password_too_short');
  if (problems.includes('password_blank')) return problems;
  const byName = usernameProblem(password, username);
  if (byName) problems.push(byName);
  const lower = password.toLowerCase();
  if (isRepetitive(lower)) problems.push('password_repetitive');
  else if (isSequential(lower)) problems.push('password_sequential');
  return problems;
}
