// Unofficial translations (written for the project) become confirmed when an administrator vouches for
// them; and how far each language has come, for the translations screen.
import { TRANSLATION_LANGUAGES, type TranslationItem, type TranslationParams } from '@rbm/shared/schemas';
import type { TranslationSummary, TranslationSummaryQuery } from '@rbm/shared/schemas';
import { conflict, notFound, unprocessable } from '../../errors.ts';
import type { ServiceContext, WriteServiceContext } from '../../lib/service-context.ts';
import { auditedWrite } from '../audit/audit.service.ts';
import { findEnglishText, findTranslation, updateTranslationStatus } from './translations.repository.ts';
import { englishOf, listTranslations, requireTranslatableField } from './translations.service.ts';

export async function confirmTranslation(
  ctx: WriteServiceContext,
  input: TranslationParams,
): Promise<TranslationItem> {
  const { entity, id, field, language } = input;
  requireTranslatableField(input, 'confirm');
  return auditedWrite(ctx.db, ctx, async (tx, audit) => {
    const row = await findEnglishText(tx, entity, id);
    if (!row) throw notFound(entity, id);
    const english = englishOf(row, field);
    if (english === null) {
      throw unprocessable('nothing_to_translate', `${entity} ${row.code} has no English ${field}`);
    }
    const where = { entity, entityId: id, field, language };
    const stored = await findTranslation(tx, where);
    if (!stored) {
      throw conflict(
        'translation_missing',
        `${entity} ${row.code} has no ${language} ${field} yet: write one before confirming it`,
      );
    }
    const item: TranslationItem = {
      entity,
      entityId: id,
      code: row.code,
      field,
      english,
      language,
      text: stored.text,
      status: 'confirmed',
      updatedAt: stored.updatedAt,
    };
    // Confirming twice changes nothing and leaves no second trace.
    if (stored.status === 'confirmed') return item;
    await updateTranslationStatus(tx, where, 'confirmed');
    await audit({
      action: 'confirm',
      entity: 'translation',
      entityId: `${entity}/${id}/${field}/${language}`,
      before: { status: stored.status, text: stored.text },
      after: { status: 'confirmed', text: stored.text },
    });
    return item;
  });
}

export async function translationSummary(
  ctx: ServiceContext,
  query: TranslationSummaryQuery,
): Promise<TranslationSummary> {
  const languages: TranslationSummary['languages'] = [];
  let plan = '';
  for (const language of TRANSLATION_LANGUAGES) {
    const list = await listTranslations(ctx, { plan: query.plan, language });
    plan = list.plan;
    languages.push({
      language,
      total: list.total,
      translated: list.total - list.missing,
      confirmed: list.confirmed,
    });
  }
  return { plan, languages };
}
