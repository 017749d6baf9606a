// Pure helpers of the translation screen: the list after a save, and the checks a draft must pass
// before it is sent (the same limits as the API, so the message shows before the round trip).
import {
  TRANSLATED_ENTITIES,
  TRANSLATION_LANGUAGES,
  TRANSLATION_MAX_LENGTH,
  type TranslatedEntity,
  type TranslatedField,
  type TranslationItem,
  type TranslationLanguage,
  type TranslationList,
} from '@rbm/shared/schemas';

const sameText = (a: TranslationItem, b: TranslationItem) =>
  a.entity === b.entity && a.entityId === b.entityId && a.field === b.field && a.language === b.language;

const isConfirmed = (item: TranslationItem) => (item.status === 'confirmed' ? 1 : 0);

/** The list with one saved (or confirmed) item replaced in place, and its counts brought up to date. */
export function withSavedItem(list: TranslationList, saved: TranslationItem): TranslationList {
  if (list.language !== saved.language) return list;
  let missing = list.missing;
  let confirmed = list.confirmed;
  const items = list.items.map((item) => {
    if (!sameText(item, saved)) return item;
    missing += (saved.text === null ? 1 : 0) - (item.text === null ? 1 : 0);
    confirmed += isConfirmed(saved) - isConfirmed(item);
    return saved;
  });
  return { ...list, items, missing, confirmed };
}

export type DraftProblem = 'invalid_character' | 'invalid_maxLength';

/** Why a draft cannot be saved (as the API would answer), or null. Empty is fine: it removes. */
export function draftProblem(field: TranslatedField, draft: string): DraftProblem | null {
  const text = draft.trim();
  if (field === 'name' && /[\r\n]/.test(text)) return 'invalid_character';
  // eslint-disable-next-line no-control-regex -- refusing pasted control characters is the point
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text)) return 'invalid_character';
  return [...text].length > TRANSLATION_MAX_LENGTH[field] ? 'invalid_maxLength' : null;
}

/** Whether saving the draft would change the saved text (spaces around the text do not count). */
export function isChanged(saved: string | null, draft: string): boolean {
  return draft.trim() !== (saved ?? '');
}

/** The filters of the screen, read from the address so a view can be shared. */
export interface TranslationFilters {
  language: TranslationLanguage;
  entity: TranslatedEntity | undefined;
  missing: boolean;
}

export function readFilters(params: URLSearchParams, uiLanguage: string): TranslationFilters {
  const languages: readonly string[] = TRANSLATION_LANGUAGES;
  const entities: readonly string[] = TRANSLATED_ENTITIES;
  const asked = params.get('language');
  const language = (
    asked !== null && languages.includes(asked) ? asked : languages.includes(uiLanguage) ? uiLanguage : 'fr'
  ) as TranslationLanguage;
  const entity = params.get('entity');
  return {
    language,
    entity: entity !== null && entities.includes(entity) ? (entity as TranslatedEntity) : undefined,
    missing: params.get('missing') === 'true',
  };
}
