// Writes a checked framework document over the stored one, inside the caller's transaction: new items
// inserted, changed items updated (texts and links replaced), items left out of the file retired (never
// deleted: values and history stand on them), unchanged items untouched. Each write is audited.
import { LEADING_UNIT_KINDS, type FrameworkDocText, type FrameworkDocument } from '@rbm/shared/schemas';
import type { Db } from '../../db/connection.ts';
import type { TranslatableEntity } from '../../db/schema.ts';
import type { Audit } from '../audit/audit.service.ts';
import type { FrameworkItemChange } from './framework-diff.ts';
import { retireLeftOut, writeKpiLinks } from './framework-apply-links.ts';
import * as repo from './framework-write.repository.ts';

interface Texts {
  name: FrameworkDocText;
  description?: FrameworkDocText;
  definition?: FrameworkDocText;
  confirmedLanguages?: string[];
}

function textRows(item: Texts): repo.TextRow[] {
  const confirmed = new Set(item.confirmedLanguages ?? []);
  return (['name', 'description', 'definition'] as const).flatMap((field) =>
    Object.entries(item[field] ?? {})
      .filter(([language]) => language !== 'en')
      .map(([language, text]) => ({
        field,
        language,
        text: text as string,
        status: confirmed.has(language) ? ('confirmed' as const) : ('unofficial' as const),
      })),
  );
}

const provenance = (item: { description?: FrameworkDocText; sourceStatus: string; sourceUrl?: string }) => ({
  description: item.description?.en ?? null,
  sourceStatus: item.sourceStatus,
  sourceUrl: item.sourceUrl ?? null,
});

/** Each item's place among the items of the same priority, in the document's order. */
function orderUnder(items: ReadonlyArray<{ code: string; priority: string }>): Map<string, number> {
  const seen = new Map<string, number>();
  return new Map(
    items.map((item) => {
      const index = seen.get(item.priority) ?? 0;
      seen.set(item.priority, index + 1);
      return [item.code, index];
    }),
  );
}

export interface ApplyContext {
  tx: Db;
  audit: Audit;
  stamp: string;
  userId: number | null;
}

export async function applyFramework(
  ctx: ApplyContext,
  document: FrameworkDocument,
  changes: FrameworkItemChange[],
  planId: number | null,
): Promise<number> {
  const { tx, audit, stamp } = ctx;
  const change = new Map(changes.map((c) => [`${c.level}:${c.code}`, c.change]));
  const writes = (level: string, code: string) => {
    const c = change.get(`${level}:${code}`);
    return c === 'new' || c === 'changed';
  };
  const { plan } = document;
  const planValues = {
    code: plan.code,
    name: plan.name.en,
    startYear: plan.startYear,
    endYear: plan.endYear,
    status: plan.status,
    thresholdOnTrack: plan.thresholds.onTrack,
    thresholdAtRisk: plan.thresholds.atRisk,
    reportingDeadlineDays: plan.calendar.reportingDeadlineDays,
    reviewDeadlineDays: plan.calendar.reviewDeadlineDays,
  };
  const id =
    planId ?? (await repo.insertItem(tx, 'plan', { ...planValues, description: null, createdAt: stamp }));
  if (planId !== null && writes('plan', plan.code)) await repo.updateItem(tx, 'plan', id, planValues);
  if (writes('plan', plan.code)) {
    await repo.replaceTranslations(tx, 'plan', id, textRows(plan), stamp);
    await audit({ action: planId === null ? 'create' : 'update', entity: 'plan', entityId: id, after: plan });
  }

  /** Inserts or updates the changed items of a level; gives every code's id. */
  const level = async <T extends { code: string } & Texts>(
    name: FrameworkItemChange['level'],
    table: repo.ItemTable,
    entity: TranslatableEntity,
    items: readonly T[],
    values: (item: T, index: number) => Record<string, unknown>,
    scoped = true,
  ) => {
    const ids = await repo.idsByCode(tx, table, scoped ? id : null);
    for (const [index, item] of items.entries()) {
      if (!writes(name, item.code)) continue;
      const row = values(item, index);
      let itemId = ids.get(item.code);
      if (itemId === undefined) {
        itemId = await repo.insertItem(tx, table, row);
        ids.set(item.code, itemId);
      } else await repo.updateItem(tx, table, itemId, row);
      await repo.replaceTranslations(tx, entity, itemId, textRows(item), stamp);
      await audit({ action: 'import', entity, entityId: itemId, after: item });
    }
    return ids;
  };
  const retired = (item: { retired?: boolean }) => ({ retiredAt: item.retired ? stamp : null });

  const unitIds = await level(
    'units',
    'orgUnit',
    'org_unit',
    document.units,
    (u, i) => ({
      code: u.code,
      kind: u.kind,
      name: u.name.en,
      sortOrder: i,
      ...retired(u),
    }),
    false,
  );
  for (const unit of document.units) {
    if (!writes('units', unit.code)) continue;
    const parentId = unit.parent === undefined ? null : (unitIds.get(unit.parent) ?? null);
    await repo.updateItem(tx, 'orgUnit', unitIds.get(unit.code) ?? -1, { parentId });
  }
  // The units that lead priorities are the `sector` rows the rest of the application reads.
  const leading = document.units.filter((u) => LEADING_UNIT_KINDS.includes(u.kind));
  const sectorIds = await level(
    'units',
    'sector',
    'sector',
    leading,
    (u, i) => ({ code: u.code, name: u.name.en, sortOrder: i }),
    false,
  );
  await level(
    'regions',
    'region',
    'region',
    document.regions,
    (r, i) => ({ code: r.code, name: r.name.en, sortOrder: i, ...retired(r) }),
    false,
  );
  const themeIds = await level(
    'themes',
    'intersectoralTheme',
    'intersectoral_theme',
    document.themes,
    (t) => ({ code: t.code, name: t.name.en, ...provenance(t), ...retired(t) }),
    false,
  );

  const goalIds = await level('goals', 'goal', 'goal', document.goals, (g, i) => ({
    planId: id,
    code: g.code,
    name: g.name.en,
    sortOrder: i,
    ...provenance(g),
    ...retired(g),
  }));
  const targetIds = await level('targets', 'target', 'target', document.targets, (t, i) => ({
    planId: id,
    goalId: goalIds.get(t.goal),
    code: t.code,
    name: t.name.en,
    value: t.value,
    unit: t.unit,
    direction: t.direction,
    deadlineYear: t.deadlineYear,
    baselineValue: t.baseline?.value ?? null,
    baselineYear: t.baseline?.year ?? null,
    indicator: t.statistic ?? null,
    sortOrder: i,
    ...provenance(t),
    ...retired(t),
  }));
  const priorityIds = await level(
    'priorities',
    'thematicPriority',
    'thematic_priority',
    document.priorities,
    (p, i) => ({
      planId: id,
      sectorId: sectorIds.get(p.unit),
      code: p.code,
      name: p.name.en,
      sortOrder: i,
      ...provenance(p),
      ...retired(p),
    }),
  );
  // Outcomes are ordered under their priority (the first of each is 0), as the framework lists them.
  const outcomeOrder = orderUnder(document.outcomes);
  const outcomeIds = await level('outcomes', 'outcome', 'outcome', document.outcomes, (o) => ({
    priorityId: priorityIds.get(o.priority),
    code: o.code,
    name: o.name.en,
    sortOrder: outcomeOrder.get(o.code),
    ...provenance(o),
    ...retired(o),
  }));
  const outputIds = await level('outputs', 'output', 'output', document.outputs, (o, i) => ({
    planId: id,
    priorityId: priorityIds.get(o.priority),
    code: o.code,
    name: o.name.en,
    sortOrder: i,
    ...provenance(o),
    ...retired(o),
  }));
  await level('enablers', 'enabler', 'enabler', document.enablers, (e, i) => ({
    planId: id,
    code: e.code,
    name: e.name.en,
    sortOrder: i,
    ...provenance(e),
    ...retired(e),
  }));

  const outcomePriority = new Map(document.outcomes.map((o) => [o.code, o.priority]));
  const kpiIds = await level('kpis', 'kpi', 'kpi', document.kpis, (k) => ({
    planId: id,
    ownerPriorityId: priorityIds.get(k.priority ?? outcomePriority.get(k.outcomes[0] ?? '') ?? ''),
    code: k.code,
    name: k.name.en,
    definition: k.definition?.en ?? null,
    unit: k.unit,
    direction: k.direction,
    aggregation: k.aggregation,
    frequency: k.frequency,
    baselineValue: k.baseline?.value ?? null,
    baselinePeriod: k.baseline?.period ?? null,
    tolerance: k.tolerance,
    weight: k.weight,
    dataSource: k.dataSource ?? null,
    ownerUnit: k.ownerUnit ?? null,
    byRegion: k.byRegion ? 1 : 0,
    sourceStatus: k.sourceStatus,
    sourceUrl: k.sourceUrl ?? null,
    active: k.retired ? 0 : 1,
    createdAt: stamp,
    updatedAt: stamp,
  }));
  await writeKpiLinks({ ...ctx, writes }, document, { outcomeIds, outputIds, targetIds, themeIds, kpiIds });
  await retireLeftOut(ctx, changes, { goalIds, targetIds, priorityIds, outcomeIds, outputIds, kpiIds }, id);
  return id;
}
