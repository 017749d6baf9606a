// Translation editing, for administrators: English beside one other language, one text saved at a time
// (listTranslations, saveTranslation). Reading texts in the user's language is the localizer's job.
import {
  FIELDS_OF_ENTITY,
  TRANSLATED_ENTITIES,
  TRANSLATION_MAX_LENGTH,
  type SaveTranslationBody,
  type TranslatedField,
  type TranslationItem,
  type TranslationList,
  type TranslationListQuery,
  type TranslationParams,
} from '@rbm/shared/schemas';
import { notFound, unprocessable } from '../../errors.ts';
import type { ServiceContext, WriteServiceContext } from '../../lib/service-context.ts';
import { auditedWrite } from '../audit/audit.service.ts';
import { resolvePlan } from '../figures/figures.service.ts';
import {
  deleteTranslation,
  findEnglishText,
  findEnglishTexts,
  findTranslation,
  findTranslationsOf,
  upsertTranslation,
  type EnglishTexts,
} from './translations.repository.ts';

/** The English of one field of an entity row, or null when the entity has no such text. */
export function englishOf(row: EnglishTexts, field: TranslatedField): string | null {
  const text = field === 'name' ? row.name : row.longText;
  return text === null || text.trim() === '' ? null : text;
}

const keyOf = (entityId: number, field: string) => `${entityId}|${field}`;

export async function listTranslations(
  ctx: ServiceContext,
  query: TranslationListQuery,
): Promise<TranslationList> {
  const { db } = ctx;
  const plan = await resolvePlan({ db }, query);
  const entities = query.entity ? [query.entity] : TRANSLATED_ENTITIES;
  const items: TranslationItem[] = [];
  for (const entity of entities) {
    const [rows, stored] = await Promise.all([
      findEnglishTexts(db, plan.id, entity),
      findTranslationsOf(db, query.language, entity),
    ]);
    const byKey = new Map(stored.map((s) => [keyOf(s.entityId, s.field), s]));
    for (const row of rows) {
      for (const field of FIELDS_OF_ENTITY[entity]) {
        const english = englishOf(row, field);
        if (english === null) continue;
        const translation = byKey.get(keyOf(row.id, field));
        items.push({
          entity,
          entityId: row.id,
          code: row.code,
          field,
          english,
          language: query.language,
          text: translation?.text ?? null,
          status: translation?.status ?? null,
          updatedAt: translation?.updatedAt ?? null,
        });
      }
    }
  }
  const missing = items.filter((i) => i.text === null);
  return {
    plan: plan.code,
    language: query.language,
    total: items.length,
    missing: missing.length,
    confirmed: items.filter((i) => i.status === 'confirmed').length,
    items: query.missing ? missing : items,
  };
}

/** Control characters other than line breaks and tabs: pasted noise that would show as boxes. */
function hasControlCharacter(text: string): boolean {
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if ((code < 0x20 && char !== '\n' && char !== '\r' && char !== '\t') || code === 0x7f) return true;
  }
  return false;
}
const LINE_BREAK = /[\r\n]/;

function checkText(field: TranslatedField, text: string): void {
  const fieldError = (code: string, message: string) => [{ field: 'body.text', code, message }];
  if (hasControlCharacter(text) || (field === 'name' && LINE_BREAK.test(text))) {
    const message =
      field === 'name' ? 'A name is one line without control characters' : 'The text has control characters';
    throw unprocessable('invalid_character', message, fieldError('invalid_character', message));
  }
  const max = TRANSLATION_MAX_LENGTH[field];
  if ([...text].length > max) {
    const message = `A ${field} has at most ${max} characters`;
    throw unprocessable('text_too_long', message, fieldError('invalid_maxLength', message));
  }
}

/** Refuses (422) a field the entity does not have; `verb` says what was asked of it. */
export function requireTranslatableField(key: TranslationParams, verb: 'translate' | 'confirm'): void {
  const { entity, field } = key;
  if (FIELDS_OF_ENTITY[entity].includes(field)) return;
  const message = `A ${entity} has no ${field} to ${verb} (it has ${FIELDS_OF_ENTITY[entity].join(', ')})`;
  throw unprocessable('field_not_translatable', message, [
    { field: 'params.field', code: 'field_not_translatable', message },
  ]);
}

export async function saveTranslation(
  ctx: WriteServiceContext,
  input: TranslationParams & SaveTranslationBody,
): Promise<TranslationItem> {
  const { entity, id, field, language } = input;
  requireTranslatableField(input, 'translate');
  const text = input.text.trim();
  checkText(field, text);
  return auditedWrite(ctx.db, ctx, async (tx, audit) => {
    const row = await findEnglishText(tx, entity, id);
    if (!row) throw notFound(entity, id);
    const english = englishOf(row, field);
    if (english === null) {
      throw unprocessable('nothing_to_translate', `${entity} ${row.code} has no English ${field}`);
    }
    const where = { entity, entityId: id, field, language };
    const before = await findTranslation(tx, where);
    const item: TranslationItem = {
      entity,
      entityId: id,
      code: row.code,
      field,
      english,
      language,
      text: text === '' ? null : text,
      // An administrator who writes a text vouches for it: it is confirmed, no longer marked unofficial.
      status: text === '' ? null : 'confirmed',
      updatedAt: text === '' ? null : ctx.now.toISOString(),
    };
    if ((before?.text ?? null) === item.text) {
      return { ...item, status: before?.status ?? null, updatedAt: before?.updatedAt ?? null };
    }
    if (item.text === null) await deleteTranslation(tx, where);
    else {
      const saved = { ...where, text: item.text, status: 'confirmed' as const };
      await upsertTranslation(tx, { ...saved, updatedAt: item.updatedAt as string });
    }
    // Raises the data revision, so figures and names cached per revision are built again in this language.
    await audit({
      action: before ? (item.text === null ? 'delete' : 'update') : 'create',
      entity: 'translation',
      entityId: `${entity}/${id}/${field}/${language}`,
      before: before ? { text: before.text } : undefined,
      after: item.text === null ? undefined : { text: item.text },
    });
    return item;
  });
}
