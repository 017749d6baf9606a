// A user's scope: the Sectors and thematic priorities a planner or reviewer works on, named by code in
// the API and stored as user_scope rows (one per Sector or per priority). Admins and viewers have none:
// an admin's scope is everything, a viewer sees approved figures only.
import type { Role } from '@rbm/shared';
import type { UserScope } from '@rbm/shared/schemas';
import type { Db } from '../../db/connection.ts';
import type { FieldError } from '../../errors.ts';
import * as repo from './users.repository.ts';

export const NO_SCOPE: UserScope = Object.freeze({ sectors: [], priorities: [] }) as UserScope;

export function roleHasScope(role: Role): boolean {
  return role === 'planner' || role === 'reviewer';
}

function isEmptyScope(scope: UserScope | undefined): boolean {
  return !scope || (scope.sectors.length === 0 && scope.priorities.length === 0);
}

export function sameScope(a: UserScope, b: UserScope): boolean {
  const key = (s: UserScope) => JSON.stringify([[...s.sectors].sort(), [...s.priorities].sort()]);
  return key(a) === key(b);
}

/** The scope of each user, as codes in the plan's order (Sector order, then priority order). */
export async function scopesOf(db: Db, userIds: readonly number[]): Promise<Map<number, UserScope>> {
  const rows = await repo.findScopeCodes(db, userIds);
  const byUser = new Map<number, { sectors: Map<string, number>; priorities: Map<string, number> }>();
  for (const row of rows) {
    let entry = byUser.get(row.userId);
    if (!entry) {
      entry = { sectors: new Map(), priorities: new Map() };
      byUser.set(row.userId, entry);
    }
    if (row.sectorCode !== null) entry.sectors.set(row.sectorCode, row.sectorOrder ?? 0);
    if (row.priorityCode !== null) entry.priorities.set(row.priorityCode, row.priorityOrder ?? 0);
  }
  const ordered = (codes: Map<string, number>) =>
    [...codes.entries()].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1)).map(([code]) => code);
  return new Map(
    userIds.map((id) => {
      const entry = byUser.get(id);
      return [
        id,
        entry ? { sectors: ordered(entry.sectors), priorities: ordered(entry.priorities) } : NO_SCOPE,
      ];
    }),
  );
}

export interface ResolvedScope {
  codes: UserScope;
  rows: repo.ScopeRow[];
}

/**
 * Turns the codes of a request into scope rows. Every code must exist (`unknown_sector`,
 * `unknown_priority` at `body.scope.sectors.<i>`); a code named twice counts once. Scope is refused for
 * roles that have none (`scope_not_allowed`). A planner or reviewer without scope is allowed: the
 * account exists before its work is assigned, and such a user sees no unapproved data until it is.
 */
export async function resolveScope(
  db: Db,
  role: Role,
  scope: UserScope,
  errors: FieldError[],
): Promise<ResolvedScope> {
  if (!roleHasScope(role)) {
    if (!isEmptyScope(scope)) {
      errors.push({
        field: 'body.scope',
        code: 'scope_not_allowed',
        message: `${role === 'admin' ? 'An admin' : 'A viewer'} has no scope: only planners and reviewers are given Sectors or priorities`,
      });
    }
    return { codes: NO_SCOPE, rows: [] };
  }
  const sectors = await repo.findSectorsByCode(db, scope.sectors);
  const priorities = await repo.findPrioritiesByCode(db, scope.priorities);
  const rows: repo.ScopeRow[] = [];
  const codes: UserScope = { sectors: [], priorities: [] };
  scope.sectors.forEach((code, index) => {
    const sector = sectors.find((s) => s.code === code);
    if (!sector) {
      errors.push({
        field: `body.scope.sectors.${index}`,
        code: 'unknown_sector',
        message: `Sector "${code}" does not exist`,
      });
    } else if (!codes.sectors.includes(code)) {
      codes.sectors.push(code);
      rows.push({ sectorId: sector.id, priorityId: null });
    }
  });
  scope.priorities.forEach((code, index) => {
    const matches = priorities.filter((p) => p.code === code);
    if (matches.length === 0) {
      errors.push({
        field: `body.scope.priorities.${index}`,
        code: 'unknown_priority',
        message: `Thematic priority "${code}" does not exist`,
      });
    } else if (!codes.priorities.includes(code)) {
      codes.priorities.push(code);
      for (const priority of matches) rows.push({ sectorId: null, priorityId: priority.id });
    }
  });
  return { codes, rows };
}
