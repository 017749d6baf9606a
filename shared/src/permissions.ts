// Who may do what. Each route names one permission (shared/src/routes) and the server enforces it in
// one place; the client uses the same table to show only the screens and buttons a user may use.
import type { Role } from './domain.ts';

export const PERMISSIONS = [
  'public', // anyone, signed in or not (health, sign-in)
  'read', // approved figures and the framework: every signed-in user
  'read:unapproved', // draft and submitted values, in scope
  'reviews:read', // the review queue and review pages, in scope
  'values:write', // enter values and narratives, submit a quarter, in scope
  'reviews:decide', // approve or return a quarter, in scope
  'reviews:reopen', // reopen an approved quarter
  'framework:write', // KPIs, targets, translations
  'audit:read', // the audit log (in scope for planners and reviewers)
  'users:manage', // users, roles, scopes, passwords, API tokens
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  admin: PERMISSIONS,
  planner: ['public', 'read', 'read:unapproved', 'reviews:read', 'values:write', 'audit:read'],
  reviewer: ['public', 'read', 'read:unapproved', 'reviews:read', 'reviews:decide', 'audit:read'],
  viewer: ['public', 'read'],
};

export function roleAllows(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

/**
 * Whether a permission applies only to the thematic priorities in the user's scope. An admin's scope is
 * everything; a planner's or reviewer's is the priorities (or whole Sectors) assigned to them.
 */
export const SCOPED_PERMISSIONS: readonly Permission[] = [
  'read:unapproved',
  'reviews:read',
  'values:write',
  'reviews:decide',
  'audit:read',
];
