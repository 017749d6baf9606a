// A user's scope: whole Sectors and/or single thematic priorities, checked against the active plan.
import { ROLE_PERMISSIONS, SCOPED_PERMISSIONS, type Role } from '@rbm/shared';
import type { FrameworkSector, UserScope } from '@rbm/shared/schemas';

export const EMPTY_SCOPE: UserScope = { sectors: [], priorities: [] };

/** Whether a role's work is limited to a scope. An admin's scope is everything; a viewer's does not matter. */
export function scopeApplies(role: Role): boolean {
  return role !== 'admin' && ROLE_PERMISSIONS[role].some((p) => SCOPED_PERMISSIONS.includes(p));
}

export function withCode(codes: readonly string[], code: string, included: boolean): string[] {
  const rest = codes.filter((c) => c !== code);
  return included ? [...rest, code] : rest;
}

/**
 * Sorted, without duplicates, and without priorities already covered by a whole Sector. Codes the
 * framework does not know (another plan's) are kept: dropping them silently would narrow the scope.
 */
export function normalizeScope(scope: UserScope, sectors: readonly FrameworkSector[]): UserScope {
  const wholeSectors = new Set(scope.sectors);
  const covered = new Set(
    sectors.filter((s) => wholeSectors.has(s.code)).flatMap((s) => s.priorities.map((p) => p.code)),
  );
  return {
    sectors: [...wholeSectors].sort(),
    priorities: [...new Set(scope.priorities)].filter((code) => !covered.has(code)).sort(),
  };
}

/** Codes in the scope that the active plan's framework does not have. */
export function unknownScopeCodes(scope: UserScope, sectors: readonly FrameworkSector[]): UserScope {
  const sectorCodes = new Set(sectors.map((s) => s.code));
  const priorityCodes = new Set(sectors.flatMap((s) => s.priorities.map((p) => p.code)));
  return {
    sectors: scope.sectors.filter((code) => !sectorCodes.has(code)),
    priorities: scope.priorities.filter((code) => !priorityCodes.has(code)),
  };
}

/** The Sectors and priorities an admin can choose from: the active plan's framework, once loaded. */
export type ScopeChoices =
  | { status: 'pending' }
  | { status: 'error'; error: unknown; retry: () => void }
  | { status: 'ready'; plan: string | null; sectors: readonly FrameworkSector[] };

export function choiceSectors(choices: ScopeChoices): readonly FrameworkSector[] {
  return choices.status === 'ready' ? choices.sectors : [];
}
