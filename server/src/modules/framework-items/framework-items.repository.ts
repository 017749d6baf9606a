// Every query behind authoring the framework's items: the items of a kind (with their parent's code), their
// translations and linked KPIs, the checks' look-ups, the writes, and a target's revision history.
import type { FrameworkItemKind } from '@rbm/shared/schemas';
import type { Db } from '../../db/connection.ts';
import type { TranslatableEntity } from '../../db/schema.ts';
import { KINDS, type ItemTable } from './framework-item.kinds.ts';
import * as shared from './framework-items.shared.repository.ts';

/** One item of any kind, the columns of every kind in one shape (null where the kind has none). */
export interface ItemRow {
  id: number;
  /** null for the kinds every plan shares (units, regions, themes). */
  planId: number | null;
  code: string;
  name: string;
  description: string | null;
  sortOrder: number;
  retiredAt: string | null;
  /** null for units and regions, which have no provenance columns. */
  sourceStatus: string | null;
  sourceUrl: string | null;
  parentId: number | null;
  parentCode: string | null;
  unitKind: string | null;
  leadUnit: string | null;
  value: number | null;
  unit: string | null;
  direction: string | null;
  deadlineYear: number | null;
  baselineValue: number | null;
  baselineYear: number | null;
  indicator: string | null;
}

const NONE = {
  parentId: null,
  parentCode: null,
  unitKind: null,
  leadUnit: null,
  value: null,
  unit: null,
  direction: null,
  deadlineYear: null,
  baselineValue: null,
  baselineYear: null,
  indicator: null,
};

/** planId null: the kinds every plan shares (all their items). */
type Filter = { planId: number | null } | { id: number };

/** The items of a kind in one plan (every one of a shared kind), or the one item with an id, in sort order. */
export async function findItems(db: Db, kind: FrameworkItemKind, filter: Filter): Promise<ItemRow[]> {
  const byPlan = 'planId' in filter;
  const id = 'id' in filter ? filter.id : null;
  switch (kind) {
    case 'enabler':
      return shared.findEnablers(db, filter);
    case 'unit':
      return shared.findUnits(db, id);
    case 'region':
      return shared.findRegions(db, id);
    case 'theme':
      return shared.findThemes(db, id);
    case 'goal': {
      const rows = await db
        .selectFrom('goal')
        .selectAll()
        .$if(byPlan, (q) => q.where('planId', '=', (filter as { planId: number }).planId))
        .$if(!byPlan, (q) => q.where('id', '=', (filter as { id: number }).id))
        .orderBy('sortOrder')
        .orderBy('id')
        .execute();
      return rows.map((r) => ({ ...NONE, ...r }));
    }
    case 'target': {
      const rows = await db
        .selectFrom('target')
        .innerJoin('goal', 'goal.id', 'target.goalId')
        .selectAll('target')
        .select('goal.code as parentCode')
        .$if(byPlan, (q) => q.where('target.planId', '=', (filter as { planId: number }).planId))
        .$if(!byPlan, (q) => q.where('target.id', '=', (filter as { id: number }).id))
        .orderBy('target.sortOrder')
        .orderBy('target.id')
        .execute();
      return rows.map(({ goalId, ...r }) => ({ ...NONE, ...r, parentId: goalId }));
    }
    case 'priority': {
      const rows = await db
        .selectFrom('thematicPriority')
        .innerJoin('sector', 'sector.id', 'thematicPriority.sectorId')
        .selectAll('thematicPriority')
        .select('sector.code as leadUnit')
        .$if(byPlan, (q) => q.where('thematicPriority.planId', '=', (filter as { planId: number }).planId))
        .$if(!byPlan, (q) => q.where('thematicPriority.id', '=', (filter as { id: number }).id))
        .orderBy('thematicPriority.sortOrder')
        .orderBy('thematicPriority.id')
        .execute();
      return rows.map(({ sectorId: _sectorId, ...r }) => ({ ...NONE, ...r }));
    }
    case 'outcome': {
      const rows = await db
        .selectFrom('outcome')
        .innerJoin('thematicPriority', 'thematicPriority.id', 'outcome.priorityId')
        .selectAll('outcome')
        .select(['thematicPriority.planId', 'thematicPriority.code as parentCode'])
        .$if(byPlan, (q) => q.where('thematicPriority.planId', '=', (filter as { planId: number }).planId))
        .$if(!byPlan, (q) => q.where('outcome.id', '=', (filter as { id: number }).id))
        .orderBy('thematicPriority.sortOrder')
        .orderBy('outcome.sortOrder')
        .orderBy('outcome.id')
        .execute();
      return rows.map(({ priorityId, ...r }) => ({ ...NONE, ...r, parentId: priorityId }));
    }
    case 'output': {
      const rows = await db
        .selectFrom('output')
        .innerJoin('thematicPriority', 'thematicPriority.id', 'output.priorityId')
        .selectAll('output')
        .select('thematicPriority.code as parentCode')
        .$if(byPlan, (q) => q.where('output.planId', '=', (filter as { planId: number }).planId))
        .$if(!byPlan, (q) => q.where('output.id', '=', (filter as { id: number }).id))
        .orderBy('thematicPriority.sortOrder')
        .orderBy('output.sortOrder')
        .orderBy('output.id')
        .execute();
      return rows.map(({ priorityId, ...r }) => ({ ...NONE, ...r, parentId: priorityId }));
    }
  }
}

export function findPlanById(db: Db, planId: number) {
  return db.selectFrom('plan').selectAll().where('id', '=', planId).executeTakeFirstOrThrow();
}

export function findTranslations(db: Db, entity: TranslatableEntity, ids: readonly number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('translation')
    .select(['entityId', 'field', 'language', 'text', 'status'])
    .where('entity', '=', entity)
    .where('entityId', 'in', ids)
    .where('field', 'in', ['name', 'description'])
    .execute();
}

export async function upsertTranslation(
  db: Db,
  row: { entity: TranslatableEntity; entityId: number; field: string; language: string; text: string },
  stamp: string,
): Promise<void> {
  await db
    .insertInto('translation')
    .values({ ...row, status: 'unofficial', updatedAt: stamp })
    .onConflict((oc) =>
      oc
        .columns(['entity', 'entityId', 'field', 'language'])
        .doUpdateSet({ text: row.text, status: 'unofficial', updatedAt: stamp }),
    )
    .execute();
}

export async function deleteTranslation(
  db: Db,
  row: { entity: TranslatableEntity; entityId: number; field: string; language: string },
): Promise<void> {
  await db
    .deleteFrom('translation')
    .where('entity', '=', row.entity)
    .where('entityId', '=', row.entityId)
    .where('field', '=', row.field)
    .where('language', '=', row.language)
    .execute();
}

/**
 * The active KPIs an item's figures stand on, by item id: a goal's through its targets, a target's and an
 * outcome's and an output's through their links, a priority's the KPIs it owns.
 */
export async function findLinkedKpis(db: Db, kind: FrameworkItemKind, ids: readonly number[]) {
  if (ids.length === 0) return [];
  const base = db.selectFrom('kpi').where('kpi.active', '=', 1);
  switch (kind) {
    case 'goal':
      return base
        .innerJoin('kpiTarget', 'kpiTarget.kpiId', 'kpi.id')
        .innerJoin('target', 'target.id', 'kpiTarget.targetId')
        .select(['target.goalId as itemId', 'kpi.id', 'kpi.code'])
        .where('target.goalId', 'in', ids)
        .orderBy('kpi.code')
        .execute();
    case 'target':
      return base
        .innerJoin('kpiTarget', 'kpiTarget.kpiId', 'kpi.id')
        .select(['kpiTarget.targetId as itemId', 'kpi.id', 'kpi.code'])
        .where('kpiTarget.targetId', 'in', ids)
        .orderBy('kpi.code')
        .execute();
    case 'priority':
      return base
        .select(['kpi.ownerPriorityId as itemId', 'kpi.id', 'kpi.code'])
        .where('kpi.ownerPriorityId', 'in', ids)
        .orderBy('kpi.code')
        .execute();
    case 'outcome':
      return base
        .innerJoin('kpiOutcome', 'kpiOutcome.kpiId', 'kpi.id')
        .select(['kpiOutcome.outcomeId as itemId', 'kpi.id', 'kpi.code'])
        .where('kpiOutcome.outcomeId', 'in', ids)
        .orderBy('kpi.code')
        .execute();
    case 'output':
      return base
        .innerJoin('kpiOutput', 'kpiOutput.kpiId', 'kpi.id')
        .select(['kpiOutput.outputId as itemId', 'kpi.id', 'kpi.code'])
        .where('kpiOutput.outputId', 'in', ids)
        .orderBy('kpi.code')
        .execute();
    case 'theme':
      return shared.findThemeKpis(db, ids);
    case 'unit':
      return shared.findUnitKpis(db, ids);
    case 'enabler':
    case 'region':
      return [];
  }
}

/**
 * The active KPIs linked to this outcome and to no other outcome still in the plan: retiring the outcome
 * would leave them without one.
 */
export async function findKpisOnlyOnOutcome(db: Db, outcomeId: number) {
  return db
    .selectFrom('kpi')
    .innerJoin('kpiOutcome', 'kpiOutcome.kpiId', 'kpi.id')
    .select(['kpi.id', 'kpi.code'])
    .where('kpiOutcome.outcomeId', '=', outcomeId)
    .where('kpi.active', '=', 1)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('kpiOutcome as other')
            .innerJoin('outcome', 'outcome.id', 'other.outcomeId')
            .select('other.kpiId')
            .whereRef('other.kpiId', '=', 'kpi.id')
            .where('other.outcomeId', '!=', outcomeId)
            .where('outcome.retiredAt', 'is', null),
        ),
      ),
    )
    .orderBy('kpi.code')
    .execute();
}

export function findSectorByCode(db: Db, code: string) {
  return db.selectFrom('sector').select(['id', 'code']).where('code', '=', code).executeTakeFirst();
}

export function findStatistic(db: Db, code: string) {
  return db.selectFrom('statisticIndicator').select('code').where('code', '=', code).executeTakeFirst();
}

export async function insertItem(db: Db, table: ItemTable, values: Record<string, unknown>): Promise<number> {
  const row = await db
    .insertInto(table)
    .values(values as never)
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateItem(
  db: Db,
  kind: FrameworkItemKind,
  id: number,
  values: Record<string, unknown>,
): Promise<void> {
  if (Object.keys(values).length === 0) return;
  await db
    .updateTable(KINDS[kind].table as 'goal')
    .set(values as never)
    .where('id', '=', id)
    .execute();
}

/** The next sort order at the end of a parent's (or the plan's) children. */
export async function nextSortOrder(
  db: Db,
  kind: FrameworkItemKind,
  planId: number | null,
  parentId: number | null,
) {
  const rows = await findItems(db, kind, { planId });
  // a unit's siblings share its parent, top units included (parent null)
  const siblings = rows.filter((r) => KINDS[kind].parent === null || r.parentId === parentId);
  return siblings.reduce((max, r) => Math.max(max, r.sortOrder), 0) + 1;
}

export async function insertTargetRevision(
  db: Db,
  row: {
    targetId: number;
    oldValue: number | null;
    newValue: number | null;
    oldDeadlineYear: number;
    newDeadlineYear: number;
    reason: string;
    revisedBy: number | null;
    revisedAt: string;
  },
): Promise<void> {
  await db.insertInto('targetRevision').values(row).execute();
}

export function findTargetRevisions(db: Db, targetId: number) {
  return db
    .selectFrom('targetRevision')
    .leftJoin('appUser', 'appUser.id', 'targetRevision.revisedBy')
    .select([
      'targetRevision.oldValue',
      'targetRevision.newValue',
      'targetRevision.oldDeadlineYear',
      'targetRevision.newDeadlineYear',
      'targetRevision.reason',
      'appUser.username as revisedBy',
      'targetRevision.revisedAt',
    ])
    .where('targetRevision.targetId', '=', targetId)
    .orderBy('targetRevision.id')
    .execute();
}

/** A KPI with its plan, for moving its links. */
export function findKpi(db: Db, id: number) {
  return db
    .selectFrom('kpi')
    .innerJoin('plan', 'plan.id', 'kpi.planId')
    .select([
      'kpi.id',
      'kpi.code',
      'kpi.planId',
      'kpi.ownerPriorityId',
      'plan.code as planCode',
      'plan.status as planStatus',
    ])
    .where('kpi.id', '=', id)
    .executeTakeFirst();
}

export async function findKpiLinkCodes(db: Db, kpiId: number) {
  const [outcomes, outputs] = await Promise.all([
    db
      .selectFrom('kpiOutcome')
      .innerJoin('outcome', 'outcome.id', 'kpiOutcome.outcomeId')
      .innerJoin('thematicPriority', 'thematicPriority.id', 'outcome.priorityId')
      .select(['outcome.id', 'outcome.code', 'outcome.priorityId'])
      .where('kpiOutcome.kpiId', '=', kpiId)
      .orderBy('thematicPriority.sortOrder')
      .orderBy('outcome.sortOrder')
      .orderBy('outcome.id')
      .execute(),
    db
      .selectFrom('kpiOutput')
      .innerJoin('output', 'output.id', 'kpiOutput.outputId')
      .select(['output.id', 'output.code', 'output.priorityId'])
      .where('kpiOutput.kpiId', '=', kpiId)
      .orderBy('output.sortOrder')
      .orderBy('output.id')
      .execute(),
  ]);
  return { outcomes, outputs };
}

export async function relinkKpi(
  db: Db,
  level: 'outcome' | 'output',
  kpiId: number,
  fromId: number,
  toId: number,
): Promise<void> {
  if (level === 'outcome') {
    await db
      .updateTable('kpiOutcome')
      .set({ outcomeId: toId })
      .where('kpiId', '=', kpiId)
      .where('outcomeId', '=', fromId)
      .execute();
  } else {
    await db
      .updateTable('kpiOutput')
      .set({ outputId: toId })
      .where('kpiId', '=', kpiId)
      .where('outputId', '=', fromId)
      .execute();
  }
}

export async function setKpiOwner(db: Db, kpiId: number, priorityId: number, stamp: string): Promise<void> {
  await db
    .updateTable('kpi')
    .set({ ownerPriorityId: priorityId, updatedAt: stamp })
    .where('id', '=', kpiId)
    .execute();
}
