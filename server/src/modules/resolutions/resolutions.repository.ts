// Every query on the resolution mapping: resolutions with their titles, responsible entities, themes and
// priorities; the themes and priorities a mapping may name.
import type { Insertable } from 'kysely';
import type { Db } from '../../db/connection.ts';
import type { ResolutionTable } from '../../db/schema.ts';

export type ResolutionFields = Omit<
  Insertable<ResolutionTable>,
  'id' | 'version' | 'createdAt' | 'updatedAt'
>;
export interface ResolutionLinks {
  titles: readonly { language: string; title: string }[];
  entities: readonly { sector: string; entity: string }[];
  themeIds: readonly number[];
  priorityIds: readonly number[];
}

export async function findResolutions(db: Db) {
  const [resolutions, titles, entities, themes, priorities] = await Promise.all([
    db.selectFrom('resolution').selectAll().orderBy('conference').orderBy('number').execute(),
    db.selectFrom('resolutionTitle').selectAll().execute(),
    db.selectFrom('resolutionEntity').selectAll().execute(),
    db
      .selectFrom('resolutionTheme')
      .innerJoin('intersectoralTheme', 'intersectoralTheme.id', 'resolutionTheme.themeId')
      .select(['resolutionTheme.resolutionId', 'resolutionTheme.themeId', 'intersectoralTheme.code'])
      .orderBy('intersectoralTheme.code')
      .execute(),
    db
      .selectFrom('resolutionPriority')
      .innerJoin('thematicPriority', 'thematicPriority.id', 'resolutionPriority.priorityId')
      .innerJoin('plan', 'plan.id', 'thematicPriority.planId')
      .select(['resolutionPriority.resolutionId', 'thematicPriority.code', 'plan.code as planCode'])
      .orderBy('plan.startYear')
      .orderBy('thematicPriority.sortOrder')
      .orderBy('thematicPriority.code')
      .execute(),
  ]);
  return { resolutions, titles, entities, themes, priorities };
}
export type ResolutionRows = Awaited<ReturnType<typeof findResolutions>>;
export type ResolutionRow = ResolutionRows['resolutions'][number];

export function findThemes(db: Db) {
  return db.selectFrom('intersectoralTheme').select(['id', 'code']).orderBy('code').execute();
}

/** Every thematic priority, the newest plan's first (a code names the newest plan's priority). */
export function findPriorities(db: Db) {
  return db
    .selectFrom('thematicPriority')
    .innerJoin('plan', 'plan.id', 'thematicPriority.planId')
    .select(['thematicPriority.id', 'thematicPriority.code', 'plan.code as planCode'])
    .orderBy('plan.startYear', 'desc')
    .execute();
}

export function findResolutionIdByKey(db: Db, conference: string, number: string) {
  return db
    .selectFrom('resolution')
    .select('id')
    .where('conference', '=', conference)
    .where('number', '=', number)
    .executeTakeFirst();
}

export async function insertResolution(db: Db, fields: ResolutionFields, stamp: string): Promise<number> {
  const row = await db
    .insertInto('resolution')
    .values({ ...fields, createdAt: stamp, updatedAt: stamp })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Writes the fields if the version is still the one loaded; false otherwise. */
export async function updateResolution(
  db: Db,
  id: number,
  version: number,
  fields: ResolutionFields,
  stamp: string,
): Promise<boolean> {
  const result = await db
    .updateTable('resolution')
    .set({ ...fields, version: version + 1, updatedAt: stamp })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function replaceResolutionLinks(db: Db, id: number, links: ResolutionLinks): Promise<void> {
  await db.deleteFrom('resolutionTitle').where('resolutionId', '=', id).execute();
  await db.deleteFrom('resolutionEntity').where('resolutionId', '=', id).execute();
  await db.deleteFrom('resolutionTheme').where('resolutionId', '=', id).execute();
  await db.deleteFrom('resolutionPriority').where('resolutionId', '=', id).execute();
  if (links.titles.length > 0) {
    await db
      .insertInto('resolutionTitle')
      .values(links.titles.map((t) => ({ resolutionId: id, ...t })))
      .execute();
  }
  if (links.entities.length > 0) {
    await db
      .insertInto('resolutionEntity')
      .values(links.entities.map((e) => ({ resolutionId: id, ...e })))
      .execute();
  }
  if (links.themeIds.length > 0) {
    await db
      .insertInto('resolutionTheme')
      .values(links.themeIds.map((themeId) => ({ resolutionId: id, themeId })))
      .execute();
  }
  if (links.priorityIds.length > 0) {
    await db
      .insertInto('resolutionPriority')
      .values(links.priorityIds.map((priorityId) => ({ resolutionId: id, priorityId })))
      .execute();
  }
}
