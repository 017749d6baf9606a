// Every write of the framework import: rows matched on their codes, links and texts replaced per item.
import type { Db } from '../../db/connection.ts';
import type { TranslatableEntity, TranslationStatus } from '../../db/schema.ts';

export type ItemTable =
  | 'orgUnit'
  | 'sector'
  | 'region'
  | 'intersectoralTheme'
  | 'goal'
  | 'target'
  | 'thematicPriority'
  | 'outcome'
  | 'output'
  | 'enabler'
  | 'kpi';

export function findStatisticCodes(db: Db) {
  return db.selectFrom('statisticIndicator').select('code').execute();
}

/** The id of every code of a table (of one plan, for the plan's own levels). */
export async function idsByCode(
  db: Db,
  table: ItemTable,
  planId: number | null,
): Promise<Map<string, number>> {
  const rows =
    table === 'outcome'
      ? await db
          .selectFrom('outcome')
          .innerJoin('thematicPriority', 'thematicPriority.id', 'outcome.priorityId')
          .select(['outcome.id', 'outcome.code'])
          .where('thematicPriority.planId', '=', planId ?? -1)
          .execute()
      : planId === null || ['orgUnit', 'sector', 'region', 'intersectoralTheme'].includes(table)
        ? await db.selectFrom(table).select(['id', 'code']).execute()
        : await db
            .selectFrom(table as 'goal')
            .select(['id', 'code'])
            .where('planId', '=', planId)
            .execute();
  return new Map(rows.map((r) => [r.code, r.id]));
}

export async function insertItem(db: Db, table: ItemTable | 'plan', values: Record<string, unknown>) {
  const row = await db
    .insertInto(table)
    .values(values as never)
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateItem(
  db: Db,
  table: ItemTable | 'plan',
  id: number,
  values: Record<string, unknown>,
) {
  await db
    .updateTable(table as 'goal')
    .set(values as never)
    .where('id', '=', id)
    .execute();
}

export async function retireItems(
  db: Db,
  table: Exclude<ItemTable, 'kpi' | 'sector'>,
  ids: number[],
  stamp: string,
) {
  if (ids.length === 0) return;
  await db
    .updateTable(table as 'goal')
    .set({ retiredAt: stamp })
    .where('id', 'in', ids)
    .execute();
}

export async function deactivateKpis(db: Db, ids: number[], stamp: string) {
  if (ids.length === 0) return;
  await db.updateTable('kpi').set({ active: 0, updatedAt: stamp }).where('id', 'in', ids).execute();
}

export interface KpiLinkIds {
  outcomes: number[];
  outputs: number[];
  targets: number[];
  themes: number[];
}

export async function replaceKpiLinks(db: Db, kpiId: number, links: KpiLinkIds) {
  await db.deleteFrom('kpiOutcome').where('kpiId', '=', kpiId).execute();
  await db.deleteFrom('kpiOutput').where('kpiId', '=', kpiId).execute();
  await db.deleteFrom('kpiTarget').where('kpiId', '=', kpiId).execute();
  await db.deleteFrom('kpiTheme').where('kpiId', '=', kpiId).execute();
  if (links.outcomes.length > 0) {
    await db
      .insertInto('kpiOutcome')
      .values(links.outcomes.map((outcomeId) => ({ kpiId, outcomeId })))
      .execute();
  }
  if (links.outputs.length > 0) {
    await db
      .insertInto('kpiOutput')
      .values(links.outputs.map((outputId) => ({ kpiId, outputId })))
      .execute();
  }
  if (links.targets.length > 0) {
    await db
      .insertInto('kpiTarget')
      .values(links.targets.map((targetId) => ({ kpiId, targetId })))
      .execute();
  }
  if (links.themes.length > 0) {
    await db
      .insertInto('kpiTheme')
      .values(links.themes.map((themeId) => ({ kpiId, themeId })))
      .execute();
  }
}

export async function replaceAnnualTargets(
  db: Db,
  kpiId: number,
  targets: Array<{ year: number; value: number }>,
) {
  await db.deleteFrom('kpiAnnualTarget').where('kpiId', '=', kpiId).execute();
  if (targets.length > 0) {
    await db
      .insertInto('kpiAnnualTarget')
      .values(targets.map((t) => ({ kpiId, ...t })))
      .execute();
  }
}

export function findAnnualTargets(db: Db, kpiId: number) {
  return db.selectFrom('kpiAnnualTarget').select(['year', 'value']).where('kpiId', '=', kpiId).execute();
}

export async function insertTargetRevisions(
  db: Db,
  rows: Array<{
    kpiId: number;
    year: number;
    oldValue: number | null;
    newValue: number;
    reason: string;
    revisedBy: number | null;
    revisedAt: string;
  }>,
) {
  if (rows.length > 0) await db.insertInto('kpiTargetRevision').values(rows).execute();
}

export interface TextRow {
  field: string;
  language: string;
  text: string;
  status: TranslationStatus;
}

/** The item's texts in languages other than English become exactly these. */
export async function replaceTranslations(
  db: Db,
  entity: TranslatableEntity,
  entityId: number,
  texts: TextRow[],
  stamp: string,
) {
  await db.deleteFrom('translation').where('entity', '=', entity).where('entityId', '=', entityId).execute();
  if (texts.length > 0) {
    await db
      .insertInto('translation')
      .values(texts.map((t) => ({ entity, entityId, ...t, updatedAt: stamp })))
      .execute();
  }
}
