// Who may change the resolution mapping: an administrator, or the coordinator of a theme a resolution is
// linked to (theme-access.ts). Reference data, so every signed-in reader reads it all.
import type { Db } from '../../db/connection.ts';
import type { Actor } from '../../lib/actor.ts';
import { themeAccess } from '../themes/theme-access.ts';
import * as repo from './resolutions.repository.ts';

export interface ResolutionAccess {
  /** An administrator, or someone who coordinates a theme (may map a resolution to it). */
  mayCreate: boolean;
  /** Whether a resolution linked to these themes is the reader's to change. */
  edits(themeIds: readonly number[]): boolean;
}

export async function resolutionAccess(db: Db, actor: Actor): Promise<ResolutionAccess> {
  const [access, themes] = await Promise.all([themeAccess(db, actor), repo.findThemes(db)]);
  const admin = actor.role === 'admin' || (actor.userId === null && actor.priorityIds === null);
  return {
    mayCreate: admin || themes.some((t) => access.coordinates(t.id)),
    edits: (themeIds) => admin || themeIds.some((id) => access.coordinates(id)),
  };
}
