// Framework items as the API answers them, and their version: a digest of everything the editor shows and
// may change, so any change by anyone (the editor, the import, a translation) makes an old version stale.
import { createHash } from 'node:crypto';
import { DIRECTIONS, SOURCE_STATUSES } from '@rbm/shared';
import {
  ORG_UNIT_KINDS,
  TRANSLATED_LANGUAGES,
  type FrameworkItem,
  type FrameworkItemKind,
} from '@rbm/shared/schemas';
import type { Db } from '../../db/connection.ts';
import { asEnum } from '../../lib/enums.ts';
import { KINDS } from './framework-item.kinds.ts';
import * as repo from './framework-items.repository.ts';

type Translations = FrameworkItem['translations'];

function versionOf(item: Omit<FrameworkItem, 'version' | 'kpis' | 'revisions'>): string {
  return createHash('sha256').update(JSON.stringify(item)).digest('hex').slice(0, 16);
}

function kindFields(kind: FrameworkItemKind, row: repo.ItemRow): Partial<FrameworkItem> {
  if (kind === 'priority') return { leadUnit: row.leadUnit ?? '' };
  if (kind === 'unit') return { unitKind: asEnum(ORG_UNIT_KINDS, row.unitKind ?? '', 'org_unit.kind') };
  if (kind !== 'target') return {};
  return {
    value: row.value,
    unit: row.unit ?? '',
    direction: asEnum(DIRECTIONS, row.direction ?? '', 'target.direction'),
    deadlineYear: row.deadlineYear ?? 0,
    baseline:
      row.baselineValue === null || row.baselineYear === null
        ? null
        : { value: row.baselineValue, year: row.baselineYear },
    statistic: row.indicator,
  };
}

/** The items of a kind (of one plan, or the one with an id), as the API answers them. */
export async function itemViews(
  db: Db,
  kind: FrameworkItemKind,
  rows: readonly repo.ItemRow[],
  planCode: string | null,
): Promise<FrameworkItem[]> {
  const ids = rows.map((r) => r.id);
  const [texts, kpis] = await Promise.all([
    repo.findTranslations(db, KINDS[kind].entity, ids),
    repo.findLinkedKpis(db, kind, ids),
  ]);
  return rows.map((row) => {
    const translations: Translations = {};
    for (const language of TRANSLATED_LANGUAGES) {
      const of = (field: string) =>
        texts.find((t) => t.entityId === row.id && t.language === language && t.field === field)?.text ??
        null;
      translations[language] = { name: of('name'), description: of('description') };
    }
    const item = {
      kind,
      id: row.id,
      plan: planCode,
      code: row.code,
      name: row.name,
      description: row.description,
      translations,
      parent: KINDS[kind].parent === null ? null : row.parentCode,
      sortOrder: row.sortOrder,
      retiredAt: row.retiredAt,
      ...(KINDS[kind].described
        ? {
            sourceStatus: asEnum(SOURCE_STATUSES, row.sourceStatus ?? '', `${kind}.source_status`),
            sourceUrl: row.sourceUrl,
          }
        : {}),
      ...kindFields(kind, row),
    };
    return {
      ...item,
      version: versionOf(item),
      kpis: [...new Set(kpis.filter((k) => k.itemId === row.id).map((k) => k.code))],
    };
  });
}

/** One item's view, read inside the caller's transaction; undefined when there is no such item. */
export async function itemView(
  db: Db,
  kind: FrameworkItemKind,
  id: number,
): Promise<{ item: FrameworkItem; row: repo.ItemRow } | undefined> {
  const [row] = await repo.findItems(db, kind, { id });
  if (!row) return undefined;
  const plan = row.planId === null ? null : await repo.findPlanById(db, row.planId);
  const [item] = await itemViews(db, kind, [row], plan?.code ?? null);
  if (!item) return undefined;
  return { item, row };
}

/** The ids of the KPIs whose figures an item's change may move (their caches refresh). */
export async function linkedKpiIds(db: Db, kind: FrameworkItemKind, id: number): Promise<number[]> {
  return [...new Set((await repo.findLinkedKpis(db, kind, [id])).map((k) => k.id))];
}
