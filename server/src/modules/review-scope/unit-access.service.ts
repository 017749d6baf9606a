// The scope rule of the registers (risks, oversight recommendations): an item belongs to a unit (Sector),
// and the unit is in a user's scope when one of its priorities in the plan is (admins: every unit). In
// scope, planners edit (the unit's focal point), reviewers confirm, and readers see drafts; so the Council,
// never in scope for drafts, sees confirmed states only.
import { roleAllows } from '@rbm/shared';
import type { Db } from '../../db/connection.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../../lib/actor.ts';
import * as repo from './review-scope.repository.ts';

export interface UnitAccess {
  edit: boolean;
  confirm: boolean;
  drafts: boolean;
}

/** No access: a read of confirmed states only, whoever asks (the rates, the heat map). */
export const CONFIRMED_ONLY: UnitAccess = Object.freeze({ edit: false, confirm: false, drafts: false });

/** The access of an actor to the items of each unit of a plan. */
export async function accessBySector(
  db: Db,
  actor: Actor,
  planId: number,
): Promise<(sectorId: number) => UnitAccess> {
  const scope = actor.priorityIds;
  const sectorsInScope = new Set<number>();
  if (scope !== null) {
    for (const p of await repo.findPrioritySectors(db, planId)) {
      if (scope.has(p.id)) sectorsInScope.add(p.sectorId);
    }
  }
  return (sectorId) => {
    const inScope = scope === null || sectorsInScope.has(sectorId);
    return {
      edit: inScope && roleAllows(actor.role, 'values:write'),
      confirm: inScope && roleAllows(actor.role, 'reviews:decide'),
      drafts: inScope && roleAllows(actor.role, 'read:unapproved'),
    };
  };
}

/**
 * Refuses (403 out_of_scope) an action on an item of a unit outside the actor's scope for it; `refused`
 * names the action and the unit, e.g. "Confirming a state: the responsible unit".
 */
export async function requireUnitAccess(
  ctx: { db: Db; actor: Actor },
  item: { planId: number; sectorId: number },
  need: keyof UnitAccess,
  refused: string,
): Promise<void> {
  const access = (await accessBySector(ctx.db, ctx.actor, item.planId))(item.sectorId);
  if (!access[need]) throw new AppError(403, 'out_of_scope', `${refused} is outside your scope`);
}
