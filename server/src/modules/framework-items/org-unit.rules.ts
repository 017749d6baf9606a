// What is particular to organisational units: the tree has no cycle; a unit's code is written as text in KPI
// owners, activities and focal points, so it cannot change once they use it; a unit leading a priority or
// owning a KPI stays; and a unit of a leading kind (a Sector, the General Secretariat) has the `sector` row
// that priorities and scopes point at, kept in step with it as the framework import does.
import { LEADING_UNIT_KINDS, TRANSLATED_LANGUAGES, type OrgUnitKind } from '@rbm/shared/schemas';
import type { Db } from '../../db/connection.ts';
import { conflict, type FieldError } from '../../errors.ts';
import * as repo from './framework-items.repository.ts';
import * as shared from './framework-items.shared.repository.ts';

/** Moving a unit under itself or under one of its own units is refused. */
export async function checkNoCycle(db: Db, id: number, parentId: number | null, errors: FieldError[]) {
  if (parentId === null) return;
  const parents = new Map((await shared.findUnits(db, null)).map((u) => [u.id, u]));
  const seen = new Set<number>();
  for (
    let at: number | null = parentId;
    at !== null && !seen.has(at);
    at = parents.get(at)?.parentId ?? null
  ) {
    seen.add(at);
    if (at === id) {
      errors.push({
        field: 'body.parent',
        code: 'unit_cycle',
        message: `body.parent: "${parents.get(parentId)?.code ?? ''}" is the unit itself or one of its own units`,
      });
      return;
    }
  }
}

/** A unit's code names it in KPI owners, activities and focal points (as text): it stays while they do. */
export async function assertCodeChangeable(db: Db, code: string): Promise<void> {
  const uses = await shared.countCodeReferences(db, code);
  if (uses > 0) {
    throw conflict(
      'unit_code_in_use',
      `The unit "${code}" is named by ${uses} KPI owner(s), activities or focal points: its code cannot ` +
        'change. Add a unit with the new code and retire this one once nothing uses it',
    );
  }
}

/** A unit that leads a priority or owns a KPI of a plan not closed is not retired. */
export async function assertUnused(db: Db, id: number, code: string): Promise<void> {
  const priorities = await shared.findLedPriorities(db, code);
  const kpis = await shared.findUnitKpis(db, [id]);
  if (priorities.length === 0 && kpis.length === 0) return;
  const named = [
    ...priorities.map((p) => `priority ${p.code} (${p.plan})`),
    ...kpis.map((k) => `KPI ${k.code}`),
  ];
  throw conflict(
    'unit_in_use',
    `The unit "${code}" still leads or owns: ${named.join(', ')}. Give them another unit or retire them first`,
  );
}

/**
 * After a unit is written: one of a leading kind has its `sector` row (found by its former code), with the
 * same code, English name and name translations, so it can lead priorities. Other kinds get none; a former
 * Sector's row stays, as the import leaves it, for the priorities that stand on it.
 */
export async function syncSector(
  tx: Db,
  unit: {
    code: string;
    name: string;
    unitKind: OrgUnitKind;
    translations: Record<string, { name: string | null }>;
  },
  formerCode: string | null,
  stamp: string,
): Promise<void> {
  if (!LEADING_UNIT_KINDS.includes(unit.unitKind)) return;
  const existing = await shared.findSector(tx, formerCode ?? unit.code);
  const id = existing
    ? existing.id
    : await shared.insertSector(tx, {
        code: unit.code,
        name: unit.name,
        sortOrder: await shared.nextSectorOrder(tx),
      });
  if (existing) await shared.updateSector(tx, id, { code: unit.code, name: unit.name });
  const held = await repo.findTranslations(tx, 'sector', [id]);
  for (const language of TRANSLATED_LANGUAGES) {
    const text = unit.translations[language]?.name ?? null;
    const before = held.find((h) => h.language === language && h.field === 'name')?.text ?? null;
    if (text === before) continue; // a confirmed text sent back unchanged stays confirmed
    const key = { entity: 'sector' as const, entityId: id, field: 'name', language };
    if (text === null) await repo.deleteTranslation(tx, key);
    else await repo.upsertTranslation(tx, { ...key, text }, stamp);
  }
}
