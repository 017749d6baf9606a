import type { TranslatedEntity, TranslatedField } from '@rbm/shared/schemas';
import type { Db } from '../../db/connection.ts';
import type { TranslatableEntity, TranslationStatus } from '../../db/schema.ts';

export interface TranslationRow {
  entity: string;
  entityId: number;
  field: string;
  text: string;
  status: TranslationStatus;
}

/** Every translation of the given entities into one language (one query for the whole tree). */
export async function findTranslations(
  db: Db,
  language: string,
  entities: readonly TranslatableEntity[],
): Promise<TranslationRow[]> {
  if (language === 'en' || entities.length === 0) return [];
  return db
    .selectFrom('translation')
    .select(['entity', 'entityId', 'field', 'text', 'status'])
    .where('language', '=', language)
    .where('entity', 'in', entities)
    .execute();
}

/** The English texts of one entity type (as held on its rows), for one plan, in framework order. */
export interface EnglishTexts {
  id: number;
  code: string;
  name: string;
  /** description, or a KPI's definition */
  longText: string | null;
}

export function findEnglishTexts(db: Db, planId: number, entity: TranslatedEntity): Promise<EnglishTexts[]> {
  switch (entity) {
    case 'goal':
    case 'target':
      return db
        .selectFrom(entity)
        .select(['id', 'code', 'name', 'description as longText'])
        .where('planId', '=', planId)
        .orderBy('sortOrder')
        .orderBy('id')
        .execute();
    case 'thematic_priority':
      return db
        .selectFrom('thematicPriority')
        .select(['id', 'code', 'name', 'description as longText'])
        .where('planId', '=', planId)
        .orderBy('sortOrder')
        .orderBy('id')
        .execute();
    case 'outcome':
      return db
        .selectFrom('outcome')
        .innerJoin('thematicPriority as p', 'p.id', 'outcome.priorityId')
        .select(['outcome.id', 'outcome.code', 'outcome.name', 'outcome.description as longText'])
        .where('p.planId', '=', planId)
        .orderBy('p.sortOrder')
        .orderBy('outcome.sortOrder')
        .orderBy('outcome.id')
        .execute();
    case 'kpi':
      return db
        .selectFrom('kpi')
        .select(['id', 'code', 'name', 'definition as longText'])
        .where('planId', '=', planId)
        .orderBy('code')
        .execute();
    case 'intersectoral_theme':
      // common to every plan: the same themes whichever plan is asked for
      return db
        .selectFrom('intersectoralTheme')
        .select(['id', 'code', 'name', 'description as longText'])
        .orderBy('code')
        .execute();
  }
}

export interface StoredTranslation extends TranslationRow {
  updatedAt: string;
}

export function findTranslationsOf(
  db: Db,
  language: string,
  entity: TranslatedEntity,
): Promise<StoredTranslation[]> {
  return db
    .selectFrom('translation')
    .select(['entity', 'entityId', 'field', 'text', 'status', 'updatedAt'])
    .where('language', '=', language)
    .where('entity', '=', entity)
    .execute();
}

export function findTranslation(
  db: Db,
  key: { entity: TranslatedEntity; entityId: number; field: TranslatedField; language: string },
): Promise<StoredTranslation | undefined> {
  return db
    .selectFrom('translation')
    .select(['entity', 'entityId', 'field', 'text', 'status', 'updatedAt'])
    .where('entity', '=', key.entity)
    .where('entityId', '=', key.entityId)
    .where('field', '=', key.field)
    .where('language', '=', key.language)
    .executeTakeFirst();
}

/** One entity's English texts (and its plan), or undefined when it does not exist. */
export async function findEnglishText(
  db: Db,
  entity: TranslatedEntity,
  id: number,
): Promise<EnglishTexts | undefined> {
  switch (entity) {
    case 'goal':
    case 'target':
      return db
        .selectFrom(entity)
        .select(['id', 'code', 'name', 'description as longText'])
        .where('id', '=', id)
        .executeTakeFirst();
    case 'thematic_priority':
      return db
        .selectFrom('thematicPriority')
        .select(['id', 'code', 'name', 'description as longText'])
        .where('id', '=', id)
        .executeTakeFirst();
    case 'outcome':
      return db
        .selectFrom('outcome')
        .select(['id', 'code', 'name', 'description as longText'])
        .where('id', '=', id)
        .executeTakeFirst();
    case 'kpi':
      return db
        .selectFrom('kpi')
        .select(['id', 'code', 'name', 'definition as longText'])
        .where('id', '=', id)
        .executeTakeFirst();
    case 'intersectoral_theme':
      return db
        .selectFrom('intersectoralTheme')
        .select(['id', 'code', 'name', 'description as longText'])
        .where('id', '=', id)
        .executeTakeFirst();
  }
}

export async function upsertTranslation(
  db: Db,
  row: StoredTranslation & { language: string },
): Promise<void> {
  await db
    .insertInto('translation')
    .values(row)
    .onConflict((oc) =>
      oc
        .columns(['entity', 'entityId', 'field', 'language'])
        .doUpdateSet({ text: row.text, status: row.status, updatedAt: row.updatedAt }),
    )
    .execute();
}

export async function deleteTranslation(
  db: Db,
  key: { entity: TranslatedEntity; entityId: number; field: TranslatedField; language: string },
): Promise<void> {
  await db
    .deleteFrom('translation')
    .where('entity', '=', key.entity)
    .where('entityId', '=', key.entityId)
    .where('field', '=', key.field)
    .where('language', '=', key.language)
    .execute();
}

export async function updateTranslationStatus(
  db: Db,
  key: { entity: TranslatedEntity; entityId: number; field: TranslatedField; language: string },
  status: TranslationStatus,
): Promise<void> {
  await db
    .updateTable('translation')
    .set({ status })
    .where('entity', '=', key.entity)
    .where('entityId', '=', key.entityId)
    .where('field', '=', key.field)
    .where('language', '=', key.language)
    .execute();
}
