// Every query of intersectoral coordination: themes and their appointments, the units' activities with their
// texts, themes and participants, the KPIs tagged with themes, and the radar's decisions.
import type { Insertable } from 'kysely';
import type { Db } from '../../db/connection.ts';
import type { ActivityTable, RadarDecisionTable } from '../../db/schema.ts';

export type ActivityFields = Omit<Insertable<ActivityTable>, 'id' | 'version' | 'createdAt' | 'updatedAt'>;

export function findThemes(db: Db) {
  return db
    .selectFrom('intersectoralTheme')
    .select(['id', 'code', 'name', 'retiredAt'])
    .orderBy('id')
    .execute();
}
export type ThemeRow = Awaited<ReturnType<typeof findThemes>>[number];

export function findCoordinators(db: Db) {
  return db
    .selectFrom('themeCoordinator')
    .innerJoin('appUser', 'appUser.id', 'themeCoordinator.userId')
    .select(['themeCoordinator.themeId', 'appUser.id as userId', 'appUser.username', 'appUser.displayName'])
    .execute();
}

export function findFocalPoints(db: Db) {
  return db
    .selectFrom('themeFocalPoint')
    .innerJoin('appUser', 'appUser.id', 'themeFocalPoint.userId')
    .select([
      'themeFocalPoint.themeId',
      'themeFocalPoint.unit',
      'appUser.id as userId',
      'appUser.username',
      'appUser.displayName',
    ])
    .orderBy('themeFocalPoint.unit')
    .execute();
}

export function findActiveUser(db: Db, username: string) {
  return db
    .selectFrom('appUser')
    .select(['id', 'username'])
    .where('username', '=', username)
    .where('active', '=', 1)
    .executeTakeFirst();
}

export async function setCoordinator(db: Db, themeId: number, userId: number | null): Promise<void> {
  await db.deleteFrom('themeCoordinator').where('themeId', '=', themeId).execute();
  if (userId !== null) await db.insertInto('themeCoordinator').values({ themeId, userId }).execute();
}

export async function setFocalPoint(db: Db, themeId: number, unit: string, userId: number | null) {
  await db.deleteFrom('themeFocalPoint').where('themeId', '=', themeId).where('unit', '=', unit).execute();
  if (userId !== null) await db.insertInto('themeFocalPoint').values({ themeId, unit, userId }).execute();
}

export function findSectors(db: Db) {
  return db.selectFrom('sector').select(['id', 'code']).orderBy('sortOrder').execute();
}

export function findRegions(db: Db) {
  return db.selectFrom('region').select(['id', 'code']).orderBy('sortOrder').execute();
}

/** The Sectors of the given thematic priorities (of any plan). */
export async function findSectorIdsOfPriorities(db: Db, priorityIds: readonly number[]) {
  if (priorityIds.length === 0) return [];
  const rows = await db
    .selectFrom('thematicPriority')
    .select('sectorId')
    .distinct()
    .where('id', 'in', priorityIds)
    .execute();
  return rows.map((r) => r.sectorId);
}

export async function findActivities(db: Db, id?: number) {
  const [activities, texts, themes, participants] = await Promise.all([
    db
      .selectFrom('activity')
      .leftJoin('region', 'region.id', 'activity.regionId')
      .selectAll('activity')
      .select('region.code as regionCode')
      .$if(id !== undefined, (q) => q.where('activity.id', '=', id as number))
      .orderBy('activity.startDate')
      .orderBy('activity.code')
      .execute(),
    db
      .selectFrom('activityText')
      .selectAll()
      .$if(id !== undefined, (q) => q.where('activityId', '=', id as number))
      .execute(),
    db
      .selectFrom('activityTheme')
      .innerJoin('intersectoralTheme', 'intersectoralTheme.id', 'activityTheme.themeId')
      .select(['activityTheme.activityId', 'intersectoralTheme.code'])
      .$if(id !== undefined, (q) => q.where('activityId', '=', id as number))
      .orderBy('intersectoralTheme.id')
      .execute(),
    db
      .selectFrom('activityParticipant')
      .selectAll()
      .$if(id !== undefined, (q) => q.where('activityId', '=', id as number))
      .orderBy('unit')
      .execute(),
  ]);
  return { activities, texts, themes, participants };
}
export type ActivityRows = Awaited<ReturnType<typeof findActivities>>;
export type ActivityRow = ActivityRows['activities'][number];

export function findActivityIdByCode(db: Db, code: string) {
  return db.selectFrom('activity').select('id').where('code', '=', code).executeTakeFirst();
}

export async function insertActivity(db: Db, fields: ActivityFields, at: string): Promise<number> {
  const row = await db
    .insertInto('activity')
    .values({ ...fields, createdAt: at, updatedAt: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** False when the version is not the one stored (someone changed it since). */
export async function updateActivity(
  db: Db,
  id: number,
  version: number,
  fields: ActivityFields,
  at: string,
): Promise<boolean> {
  const result = await db
    .updateTable('activity')
    .set((eb) => ({ ...fields, updatedAt: at, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export interface ActivityLinks {
  texts: ReadonlyArray<{ language: string; title: string; description: string | null }>;
  themeIds: readonly number[];
  participants: readonly string[];
}

export async function replaceActivityLinks(db: Db, activityId: number, links: ActivityLinks) {
  await db.deleteFrom('activityText').where('activityId', '=', activityId).execute();
  await db.deleteFrom('activityTheme').where('activityId', '=', activityId).execute();
  await db.deleteFrom('activityParticipant').where('activityId', '=', activityId).execute();
  await db
    .insertInto('activityText')
    .values(links.texts.map((t) => ({ ...t, activityId })))
    .execute();
  await db
    .insertInto('activityTheme')
    .values(links.themeIds.map((themeId) => ({ activityId, themeId })))
    .execute();
  if (links.participants.length > 0) {
    await db
      .insertInto('activityParticipant')
      .values(links.participants.map((unit) => ({ activityId, unit })))
      .execute();
  }
}

/** The plan's active KPIs tagged with a theme, with their owner Sector. */
export function findThemedKpis(db: Db, planId: number) {
  return db
    .selectFrom('kpiTheme')
    .innerJoin('kpi', 'kpi.id', 'kpiTheme.kpiId')
    .innerJoin('intersectoralTheme', 'intersectoralTheme.id', 'kpiTheme.themeId')
    .innerJoin('thematicPriority', 'thematicPriority.id', 'kpi.ownerPriorityId')
    .innerJoin('sector', 'sector.id', 'thematicPriority.sectorId')
    .select([
      'kpi.id',
      'kpi.code',
      'kpi.name',
      'kpi.definition',
      'sector.code as unit',
      'intersectoralTheme.code as theme',
    ])
    .where('kpi.planId', '=', planId)
    .where('kpi.active', '=', 1)
    .orderBy('kpi.code')
    .execute();
}
export type ThemedKpiRow = Awaited<ReturnType<typeof findThemedKpis>>[number];

/** The translations held for KPI names and definitions (the radar compares every language held). */
export function findKpiTranslations(db: Db, kpiIds: readonly number[]) {
  if (kpiIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('translation')
    .select(['entityId', 'field', 'language', 'text'])
    .where('entity', '=', 'kpi')
    .where('field', 'in', ['name', 'definition'])
    .where('entityId', 'in', kpiIds)
    .execute();
}

export function findDecisions(db: Db) {
  return db
    .selectFrom('radarDecision')
    .leftJoin('appUser', 'appUser.id', 'radarDecision.decidedBy')
    .selectAll('radarDecision')
    .select('appUser.username as decidedByName')
    .execute();
}
export type DecisionRow = Awaited<ReturnType<typeof findDecisions>>[number];

export async function saveDecision(db: Db, decision: Omit<Insertable<RadarDecisionTable>, 'id'>) {
  await db
    .deleteFrom('radarDecision')
    .where('itemA', '=', decision.itemA)
    .where('itemB', '=', decision.itemB)
    .execute();
  await db.insertInto('radarDecision').values(decision).execute();
}
