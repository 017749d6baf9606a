// Who may change what in intersectoral coordination. Administrators everything; a theme's coordinator its
// theme (focal points, radar decisions); a unit's focal point on any theme that unit's activities; a
// planner the activities of the units of the Sectors in scope. A regional office (RO-<region>) is ITU-D's.
import { roleAllows } from '@rbm/shared';
import type { Db } from '../../db/connection.ts';
import type { Actor } from '../../lib/actor.ts';
import * as repo from './themes.repository.ts';

export const REGIONAL_OFFICE_SECTOR = 'ITU-D';
export const regionalOffice = (region: string) => `RO-${region}`;
export const sectorOfUnit = (unit: string) => (unit.startsWith('RO-') ? REGIONAL_OFFICE_SECTOR : unit);

/** Every unit in its usual order: the Sectors, then the regional offices. */
export async function listUnits(db: Db): Promise<string[]> {
  const [sectors, regions] = await Promise.all([repo.findSectors(db), repo.findRegions(db)]);
  return [...sectors.map((s) => s.code), ...regions.map((r) => regionalOffice(r.code))];
}

export interface ThemeAccess {
  coordinates(themeId: number): boolean;
  editsActivitiesOf(unit: string): boolean;
}

export async function themeAccess(db: Db, actor: Actor): Promise<ThemeAccess> {
  if (actor.userId === null && actor.priorityIds === null) {
    return { coordinates: () => true, editsActivitiesOf: () => true }; // the system
  }
  const admin = actor.role === 'admin';
  const [coordinators, focalPoints, sectors] = await Promise.all([
    repo.findCoordinators(db),
    repo.findFocalPoints(db),
    repo.findSectors(db),
  ]);
  const coordinated = new Set(coordinators.filter((c) => c.userId === actor.userId).map((c) => c.themeId));
  const focalUnits = new Set(focalPoints.filter((f) => f.userId === actor.userId).map((f) => f.unit));
  const sectorIds =
    actor.priorityIds === null
      ? sectors.map((s) => s.id)
      : await repo.findSectorIdsOfPriorities(db, [...actor.priorityIds]);
  const scopeSectors = new Set(sectors.filter((s) => sectorIds.includes(s.id)).map((s) => s.code));
  const plans = roleAllows(actor.role, 'values:write');
  return {
    coordinates: (themeId) => admin || coordinated.has(themeId),
    editsActivitiesOf: (unit) =>
      admin || focalUnits.has(unit) || (plans && scopeSectors.has(sectorOfUnit(unit))),
  };
}
