import type { Db } from '../../db/connection.ts';
import type { TranslatableEntity } from '../../db/schema.ts';

export interface TranslationRow {
  entity: string;
  entityId: number;
  field: string;
  text: string;
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
    .select(['entity', 'entityId', 'field', 'text'])
    .where('language', '=', language)
    .where('entity', 'in', entities)
    .execute();
}
