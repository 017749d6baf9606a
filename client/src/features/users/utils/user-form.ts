// What the user forms hold while typing (their drafts) and the request bodies made from them.
import { passwordShapeProblems, ROLES, type Role } from '@rbm/shared';
import type { CreateUserBody, FrameworkSector, UpdateUserBody, User, UserScope } from '@rbm/shared/schemas';
import type { FieldProblem } from '../../../lib/form-errors.ts';
import { EMPTY_SCOPE, normalizeScope, scopeApplies } from './scope.ts';

/** Everything the admin types except passwords, which are never kept in a draft. */
export interface UserDetailsDraft {
  displayName: string;
  email: string;
  role: Role;
  scope: UserScope;
}

export interface NewUserDraft extends UserDetailsDraft {
  username: string;
}

export const EMPTY_NEW_USER: NewUserDraft = {
  username: '',
  displayName: '',
  email: '',
  role: 'viewer',
  scope: EMPTY_SCOPE,
};

export function detailsDraftFromUser(user: User): UserDetailsDraft {
  return { displayName: user.displayName, email: user.email ?? '', role: user.role, scope: user.scope };
}

interface DetailsBody {
  displayName: string;
  email: string | null;
  role: Role;
  scope?: UserScope;
}

function details(draft: UserDetailsDraft, sectors: readonly FrameworkSector[]): DetailsBody {
  const email = draft.email.trim();
  return {
    displayName: draft.displayName.trim(),
    email: email === '' ? null : email,
    role: draft.role,
    // Only planners and reviewers work within a scope; for other roles it is left as it was.
    ...(scopeApplies(draft.role) ? { scope: normalizeScope(draft.scope, sectors) } : {}),
  };
}

export function createUserBody(
  draft: NewUserDraft,
  password: string,
  sectors: readonly FrameworkSector[],
): CreateUserBody {
  return { username: draft.username.trim(), ...details(draft, sectors), password };
}

export function updateUserBody(draft: UserDetailsDraft, sectors: readonly FrameworkSector[]): UpdateUserBody {
  return details(draft, sectors);
}

type Problems = Record<string, FieldProblem>;

function required(problems: Problems, field: string, value: string): void {
  if (value.trim() === '') problems[field] = { code: 'invalid_required', message: `${field} is required` };
}

/**
 * The password policy's rules that need no list (shared/src/passwords.ts), told before a round trip; the
 * server also refuses common passwords, and its reason is shown the same way.
 */
export function checkPassword(password: string, username: string): Problems {
  const problems: Problems = {};
  required(problems, 'password', password);
  const [first] = passwordShapeProblems(password, username);
  if (!problems.password && first) problems.password = { code: first, message: first };
  return problems;
}

/** What can be told before asking the server; the server checks everything again. */
export function checkNewUser(draft: NewUserDraft, password: string): Problems {
  const problems: Problems = {};
  required(problems, 'username', draft.username);
  required(problems, 'displayName', draft.displayName);
  return { ...problems, ...checkPassword(password, draft.username.trim()) };
}

export function checkDetails(draft: UserDetailsDraft): Problems {
  const problems: Problems = {};
  required(problems, 'displayName', draft.displayName);
  return problems;
}

// Drafts come back from sessionStorage: take only what has the right shape.
function text(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : fallback;
}

function codes(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export function restoreDetailsDraft(value: unknown, fallback: UserDetailsDraft): UserDetailsDraft {
  if (typeof value !== 'object' || value === null) return fallback;
  const draft = value as Record<string, unknown>;
  const scope = (typeof draft.scope === 'object' && draft.scope !== null ? draft.scope : {}) as Record<
    string,
    unknown
  >;
  return {
    displayName: text(draft.displayName, fallback.displayName),
    email: text(draft.email, fallback.email),
    role: ROLES.includes(draft.role as Role) ? (draft.role as Role) : fallback.role,
    scope: { sectors: codes(scope.sectors), priorities: codes(scope.priorities) },
  };
}

export function restoreNewUserDraft(value: unknown): NewUserDraft {
  const username =
    typeof value === 'object' && value !== null ? (value as { username?: unknown }).username : '';
  return { ...restoreDetailsDraft(value, EMPTY_NEW_USER), username: text(username, '') };
}
