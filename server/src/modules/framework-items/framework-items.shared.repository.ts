// The queries behind authoring enablers (a plan's) and the items every plan shares: organisational units (a
// tree), regions and intersectoral themes; with what stands on a unit (the priorities it leads through its
// `sector` row, the KPIs it owns, activities and focal points naming it) and the `sector` row itself.
import type { Db } from '../../db/connection.ts';

const NONE = {
  planId: null as number | null,
  description: null,
  sourceStatus: null,
  sourceUrl: null,
  parentId: null,
  parentCode: null,
  unitKind: null,
  leadUnit: null,
  value: null,
  unit: null,
  direction: null,
  deadlineYear: null,
  baselineValue: null,
  baselineYear: null,
  indicator: null,
  sortOrder: 0,
};

export async function findEnablers(db: Db, filter: { planId: number | null } | { id: number }) {
  const rows = await db
    .selectFrom('enabler')
    .selectAll()
    .$if('planId' in filter, (q) => q.where('planId', '=', (filter as { planId: number }).planId))
    .$if('id' in filter, (q) => q.where('id', '=', (filter as { id: number }).id))
    .orderBy('sortOrder')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ ...NONE, ...r }));
}

/** Every unit (or the one with an id) with its parent's code; tree order is the client's to build. */
export async function findUnits(db: Db, id: number | null) {
  const rows = await db
    .selectFrom('orgUnit')
    .leftJoin('orgUnit as parent', 'parent.id', 'orgUnit.parentId')
    .selectAll('orgUnit')
    .select('parent.code as parentCode')
    .$if(id !== null, (q) => q.where('orgUnit.id', '=', id ?? 0))
    .orderBy('orgUnit.sortOrder')
    .orderBy('orgUnit.id')
    .execute();
  return rows.map(({ kind, ...r }) => ({ ...NONE, ...r, unitKind: kind }));
}

export async function findRegions(db: Db, id: number | null) {
  const rows = await db
    .selectFrom('region')
    .selectAll()
    .$if(id !== null, (q) => q.where('id', '=', id ?? 0))
    .orderBy('sortOrder')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ ...NONE, ...r }));
}

/** Themes keep no order of their own: by code, as the framework screen lists them. */
export async function findThemes(db: Db, id: number | null) {
  const rows = await db
    .selectFrom('intersectoralTheme')
    .selectAll()
    .$if(id !== null, (q) => q.where('id', '=', id ?? 0))
    .orderBy('code')
    .execute();
  return rows.map((r) => ({ ...NONE, ...r }));
}

/** The active KPIs linked to themes, by theme id. */
export function findThemeKpis(db: Db, ids: readonly number[]) {
  return db
    .selectFrom('kpi')
    .innerJoin('kpiTheme', 'kpiTheme.kpiId', 'kpi.id')
    .select(['kpiTheme.themeId as itemId', 'kpi.id', 'kpi.code'])
    .where('kpi.active', '=', 1)
    .where('kpiTheme.themeId', 'in', ids)
    .orderBy('kpi.code')
    .execute();
}

/** The active KPIs of plans not closed whose owner unit is a unit's code, by unit id. */
export function findUnitKpis(db: Db, ids: readonly number[]) {
  return db
    .selectFrom('kpi')
    .innerJoin('orgUnit', 'orgUnit.code', 'kpi.ownerUnit')
    .innerJoin('plan', 'plan.id', 'kpi.planId')
    .select(['orgUnit.id as itemId', 'kpi.id', 'kpi.code'])
    .where('kpi.active', '=', 1)
    .where('plan.status', '!=', 'closed')
    .where('orgUnit.id', 'in', ids)
    .orderBy('kpi.code')
    .execute();
}

/** The priorities still in a plan not closed that a unit code leads (through the `sector` row). */
export function findLedPriorities(db: Db, code: string) {
  return db
    .selectFrom('thematicPriority')
    .innerJoin('sector', 'sector.id', 'thematicPriority.sectorId')
    .innerJoin('plan', 'plan.id', 'thematicPriority.planId')
    .select(['thematicPriority.code', 'plan.code as plan'])
    .where('sector.code', '=', code)
    .where('thematicPriority.retiredAt', 'is', null)
    .where('plan.status', '!=', 'closed')
    .orderBy('plan.code')
    .orderBy('thematicPriority.sortOrder')
    .execute();
}

/**
 * Where a unit's code is written as text (not by id): KPI owners, activities, their participants and theme
 * focal points. Any of these makes the code unchangeable: renaming would cut them off.
 */
export async function countCodeReferences(db: Db, code: string): Promise<number> {
  const counts = await Promise.all([
    db
      .selectFrom('kpi')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('ownerUnit', '=', code)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('activity')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('unit', '=', code)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('activityParticipant')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('unit', '=', code)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('themeFocalPoint')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('unit', '=', code)
      .executeTakeFirstOrThrow(),
  ]);
  return counts.reduce((sum, c) => sum + Number(c.n), 0);
}

export function findSector(db: Db, code: string) {
  return db.selectFrom('sector').select(['id', 'code']).where('code', '=', code).executeTakeFirst();
}

export async function insertSector(db: Db, row: { code: string; name: string; sortOrder: number }) {
  const inserted = await db.insertInto('sector').values(row).returning('id').executeTakeFirstOrThrow();
  return inserted.id;
}

export async function updateSector(db: Db, id: number, values: { code: string; name: string }) {
  await db.updateTable('sector').set(values).where('id', '=', id).execute();
}

export async function nextSectorOrder(db: Db): Promise<number> {
  const row = await db
    .selectFrom('sector')
    .select((eb) => eb.fn.max('sortOrder').as('max'))
    .executeTakeFirst();
  return Number(row?.max ?? 0) + 1;
}

/** Whether a unit code names a retired unit (a retired unit leads no new priority). */
export async function isRetiredUnit(db: Db, code: string): Promise<boolean> {
  const row = await db.selectFrom('orgUnit').select('retiredAt').where('code', '=', code).executeTakeFirst();
  return row !== undefined && row.retiredAt !== null;
}
