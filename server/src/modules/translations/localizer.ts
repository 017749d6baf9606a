// Resolves names and descriptions into the user's language, falling back to the English held on the
// entity; the returned `language` tells the client whether the fallback was used. Apart from translation
// editing, so that every module can read localized texts without importing the editing service.
import type { Language } from '@rbm/shared';
import type { LocalizedText } from '@rbm/shared/schemas';
import type { Db } from '../../db/connection.ts';
import type { TranslatableEntity } from '../../db/schema.ts';
import { findTranslations } from './translations.repository.ts';

export interface Localizer {
  readonly language: Language;
  text(entity: TranslatableEntity, id: number, field: string, english: string): LocalizedText;
  optional(
    entity: TranslatableEntity,
    id: number,
    field: string,
    english: string | null,
  ): LocalizedText | null;
}

export async function createLocalizer(
  db: Db,
  language: Language,
  entities: readonly TranslatableEntity[],
): Promise<Localizer> {
  const rows = await findTranslations(db, language, entities);
  const byKey = new Map(rows.map((r) => [`${r.entity}|${r.entityId}|${r.field}`, r]));
  const text = (entity: TranslatableEntity, id: number, field: string, english: string): LocalizedText => {
    const translated = byKey.get(`${entity}|${id}|${field}`);
    if (translated === undefined) return { text: english, language: 'en' };
    return translated.status === 'unofficial'
      ? { text: translated.text, language, unofficial: true }
      : { text: translated.text, language };
  };
  return {
    language,
    text,
    optional: (entity, id, field, english) => (english === null ? null : text(entity, id, field, english)),
  };
}
