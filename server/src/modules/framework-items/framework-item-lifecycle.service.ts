// Retiring, restoring and reordering framework items. Nothing is deleted: values, reports and history stand
// on the items, so a retired item keeps its row, code and texts and leaves the plan from the moment it retires.
// A unit that still leads a priority or owns a KPI is not retired; a retired region keeps its values by region
// and a retired theme its KPI links (both stay in history and old reports; neither is offered for new work).
import type {
  FrameworkItem,
  FrameworkItemKind,
  FrameworkItemVersionBody,
  ReorderFrameworkItemBody,
} from '@rbm/shared/schemas';
import { conflict } from '../../errors.ts';
import type { WriteServiceContext } from '../../lib/service-context.ts';
import { auditedWrite } from '../audit/audit.service.ts';
import { childKinds, KINDS } from './framework-item.kinds.ts';
import { assertItemPlanOpen, assertVersion } from './framework-item.rules.ts';
import { linkedKpiIds } from './framework-item.view.ts';
import { requireItem } from './framework-items.service.ts';
import * as repo from './framework-items.repository.ts';
import { assertUnused } from './org-unit.rules.ts';

interface Input<B> {
  kind: FrameworkItemKind;
  id: number;
  body: B;
}

export async function retireFrameworkItem(
  ctx: WriteServiceContext,
  input: Input<FrameworkItemVersionBody>,
): Promise<FrameworkItem> {
  const { kind, id } = input;
  return auditedWrite(ctx.db, ctx, async (tx, audit) => {
    const { item, row, plan } = await requireItem(tx, kind, id);
    assertItemPlanOpen(plan);
    assertVersion(kind, item.code, item.version, input.body.version);
    if (row.retiredAt !== null) return item;
    for (const child of childKinds(kind)) {
      const active = (await repo.findItems(tx, child, { planId: plan?.id ?? null })).filter(
        (c) => c.parentId === id && c.retiredAt === null,
      );
      if (active.length > 0) {
        throw conflict(
          'has_active_children',
          `Retire or move its ${KINDS[child].label}s first: ${active.map((c) => c.code).join(', ')}`,
        );
      }
    }
    if (kind === 'unit') await assertUnused(tx, id, row.code);
    if (kind === 'outcome' && plan?.status === 'active') {
      const orphans = await repo.findKpisOnlyOnOutcome(tx, id);
      if (orphans.length > 0) {
        throw conflict(
          'orphan_kpis',
          `Plan ${plan.code} is active and these KPIs have no other outcome: ${orphans
            .map((k) => k.code)
            .join(', ')}. Move their links to another outcome first`,
        );
      }
    }
    const stamp = ctx.now.toISOString();
    await repo.updateItem(tx, kind, id, { retiredAt: stamp });
    await audit({
      action: 'retire',
      entity: KINDS[kind].entity,
      entityId: id,
      before: { retiredAt: null },
      after: { retiredAt: stamp },
      kpiIds: await linkedKpiIds(tx, kind, id),
    });
    return (await requireItem(tx, kind, id)).item;
  });
}

export async function restoreFrameworkItem(
  ctx: WriteServiceContext,
  input: Input<FrameworkItemVersionBody>,
): Promise<FrameworkItem> {
  const { kind, id } = input;
  return auditedWrite(ctx.db, ctx, async (tx, audit) => {
    const { item, row, plan } = await requireItem(tx, kind, id);
    assertItemPlanOpen(plan);
    assertVersion(kind, item.code, item.version, input.body.version);
    if (row.retiredAt === null) return item;
    const parentKind = KINDS[kind].parent;
    if (parentKind !== null && row.parentId !== null) {
      const [parent] = await repo.findItems(tx, parentKind, { id: row.parentId });
      if (parent && parent.retiredAt !== null) {
        throw conflict(
          'parent_retired',
          `Its ${KINDS[parentKind].label} "${parent.code}" is retired: restore it first, or move the item`,
        );
      }
    }
    await repo.updateItem(tx, kind, id, { retiredAt: null });
    await audit({
      action: 'restore',
      entity: KINDS[kind].entity,
      entityId: id,
      before: { retiredAt: row.retiredAt },
      after: { retiredAt: null },
      kpiIds: await linkedKpiIds(tx, kind, id),
    });
    return (await requireItem(tx, kind, id)).item;
  });
}

/**
 * Moves an item one place among its siblings still in the plan (same goal or priority; goals and priorities
 * among the plan's). The siblings are numbered in their new order from the lowest number they hold; each one
 * whose number changes is written and audited.
 */
export async function reorderFrameworkItem(
  ctx: WriteServiceContext,
  input: Input<ReorderFrameworkItemBody>,
): Promise<FrameworkItem> {
  const { kind, id } = input;
  return auditedWrite(ctx.db, ctx, async (tx, audit) => {
    const { item, row, plan } = await requireItem(tx, kind, id);
    assertItemPlanOpen(plan);
    assertVersion(kind, item.code, item.version, input.body.version);
    if (!KINDS[kind].ordered) {
      throw conflict('cannot_move', `${KINDS[kind].label}s keep no order of their own (listed by code)`);
    }
    const siblings = (await repo.findItems(tx, kind, { planId: plan?.id ?? null }))
      .filter((s) => s.parentId === row.parentId && (s.retiredAt === null || s.id === id))
      .sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id);
    const at = siblings.findIndex((s) => s.id === id);
    const to = input.body.direction === 'up' ? at - 1 : at + 1;
    const other = siblings[to];
    if (!other) {
      throw conflict(
        'cannot_move',
        `"${row.code}" is already the ${input.body.direction === 'up' ? 'first' : 'last'} of its level`,
      );
    }
    // numbered from the lowest number held (an imported level starts at 0): the two swapped always change,
    // so the moved item's history shows the move
    const base = Math.min(...siblings.map((s) => s.sortOrder));
    siblings[to] = row;
    siblings[at] = other;
    for (const [index, sibling] of siblings.entries()) {
      const sortOrder = base + index;
      if (sibling.sortOrder === sortOrder) continue;
      await repo.updateItem(tx, kind, sibling.id, { sortOrder });
      await audit({
        action: 'reorder',
        entity: KINDS[kind].entity,
        entityId: sibling.id,
        before: { sortOrder: sibling.sortOrder },
        after: { sortOrder },
      });
    }
    return (await requireItem(tx, kind, id)).item;
  });
}
