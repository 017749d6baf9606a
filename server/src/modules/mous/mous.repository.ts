// Every query on the MoU register: MoUs with their owner unit, region and links (priorities, themes), and
// the lookups by code the module needs (one function each, to be folded into the plans module's lookup).
import type { Insertable } from 'kysely';
import type { Db } from '../../db/connection.ts';
import type { MouTable } from '../../db/schema.ts';

export type MouFields = Omit<
  Insertable<MouTable>,
  | 'id'
  | 'planId'
  | 'version'
  | 'createdAt'
  | 'updatedAt'
  | 'state'
  | 'confirmedBy'
  | 'confirmedAt'
  | 'published'
>;

function selectMous(db: Db) {
  return db
    .selectFrom('mou')
    .innerJoin('sector', 'sector.id', 'mou.sectorId')
    .innerJoin('plan', 'plan.id', 'mou.planId')
    .leftJoin('region', 'region.id', 'mou.regionId')
    .leftJoin('appUser as confirmer', 'confirmer.id', 'mou.confirmedBy')
    .selectAll('mou')
    .select([
      'plan.code as planCode',
      'sector.code as sectorCode',
      'sector.name as sectorName',
      'region.code as regionCode',
      'confirmer.displayName as confirmerName',
    ]);
}

export function findMous(db: Db, planId: number) {
  return selectMous(db)
    .where('mou.planId', '=', planId)
    .orderBy('mou.signedDate')
    .orderBy('mou.code')
    .execute();
}
export type MouRow = Awaited<ReturnType<typeof findMous>>[number];

export function findMouById(db: Db, id: number) {
  return selectMous(db).where('mou.id', '=', id).executeTakeFirst();
}

export function findIdByCode(db: Db, planId: number, code: string) {
  return db
    .selectFrom('mou')
    .select('id')
    .where('planId', '=', planId)
    .where('code', '=', code)
    .executeTakeFirst();
}

export async function findLinkCodes(db: Db, ids: readonly number[]) {
  const within = [...ids, -1];
  const [priorities, themes] = await Promise.all([
    db
      .selectFrom('mouPriority')
      .innerJoin('thematicPriority', 'thematicPriority.id', 'mouPriority.priorityId')
      .select(['mouPriority.mouId', 'thematicPriority.code'])
      .where('mouPriority.mouId', 'in', within)
      .orderBy('thematicPriority.sortOrder')
      .execute(),
    db
      .selectFrom('mouTheme')
      .innerJoin('intersectoralTheme', 'intersectoralTheme.id', 'mouTheme.themeId')
      .select(['mouTheme.mouId', 'intersectoralTheme.code'])
      .where('mouTheme.mouId', 'in', within)
      .orderBy('intersectoralTheme.code')
      .execute(),
  ]);
  return { priorities, themes };
}

/** Every region, for the import's lookups. */
export function findRegions(db: Db) {
  return db.selectFrom('region').select(['id', 'code']).execute();
}

/** The region with this code. */
export function findRegionByCode(db: Db, code: string) {
  return db.selectFrom('region').select(['id', 'code']).where('code', '=', code).executeTakeFirst();
}

/** The ids of the plan's priorities and of the themes with these codes (unknown codes are left out). */
export async function findLinkTargets(
  db: Db,
  planId: number,
  codes: { priorities: readonly string[]; themes: readonly string[] },
) {
  const none = ['']; // never a code: keeps `in` non-empty
  const [priorities, themes] = await Promise.all([
    db
      .selectFrom('thematicPriority')
      .select(['id', 'code'])
      .where('planId', '=', planId)
      .where('code', 'in', [...codes.priorities, ...none])
      .execute(),
    db
      .selectFrom('intersectoralTheme')
      .select(['id', 'code'])
      .where('code', 'in', [...codes.themes, ...none])
      .execute(),
  ]);
  return { priorities, themes };
}

export async function insertMou(db: Db, planId: number, fields: MouFields, now: string): Promise<number> {
  const row = await db
    .insertInto('mou')
    .values({ ...fields, planId, state: 'draft', createdAt: now, updatedAt: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Applies the change as a draft if the version still matches; false when someone changed it first. */
export async function updateMou(db: Db, id: number, version: number, fields: MouFields, now: string) {
  const result = await db
    .updateTable('mou')
    .set({ ...fields, state: 'draft', updatedAt: now, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function replaceLinks(
  db: Db,
  id: number,
  links: { priorityIds: readonly number[]; themeIds: readonly number[] },
): Promise<void> {
  await db.deleteFrom('mouPriority').where('mouId', '=', id).execute();
  await db.deleteFrom('mouTheme').where('mouId', '=', id).execute();
  if (links.priorityIds.length > 0) {
    await db
      .insertInto('mouPriority')
      .values(links.priorityIds.map((priorityId) => ({ mouId: id, priorityId })))
      .execute();
  }
  if (links.themeIds.length > 0) {
    await db
      .insertInto('mouTheme')
      .values(links.themeIds.map((themeId) => ({ mouId: id, themeId })))
      .execute();
  }
}

/** Keeps the MoU as just confirmed: what readers outside the unit see. */
export async function setPublished(db: Db, id: number, published: string): Promise<void> {
  await db.updateTable('mou').set({ published }).where('id', '=', id).execute();
}

/** Confirms a draft; false when it is no longer a draft. */
export async function confirmMou(db: Db, id: number, userId: number | null, now: string) {
  const result = await db
    .updateTable('mou')
    .set({ state: 'confirmed', confirmedBy: userId, confirmedAt: now })
    .where('id', '=', id)
    .where('state', '=', 'draft')
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
