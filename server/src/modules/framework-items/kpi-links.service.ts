// Moving a KPI's link from one outcome (or output) to another of its plan: the KPI keeps its values and
// history; its owning priority follows its first outcome. One audited transaction.
import type { KpiLinks, MoveKpiLinkBody } from '@rbm/shared/schemas';
import { conflict, notFound, unprocessable } from '../../errors.ts';
import type { WriteServiceContext } from '../../lib/service-context.ts';
import { auditedWrite } from '../audit/audit.service.ts';
import { assertPlanOpen } from './framework-item.rules.ts';
import * as repo from './framework-items.repository.ts';
import { refreshKpiOwners } from './kpi-owner.ts';

function codesOf(links: Awaited<ReturnType<typeof repo.findKpiLinkCodes>>) {
  return { outcomes: links.outcomes.map((o) => o.code), outputs: links.outputs.map((o) => o.code) };
}

export async function moveKpiLink(
  ctx: WriteServiceContext,
  input: { id: number; body: MoveKpiLinkBody },
): Promise<KpiLinks> {
  const { level, from, to } = input.body;
  return auditedWrite(ctx.db, ctx, async (tx, audit) => {
    const kpi = await repo.findKpi(tx, input.id);
    if (!kpi) throw notFound('KPI', input.id);
    assertPlanOpen({ code: kpi.planCode, status: kpi.planStatus });
    const links = await repo.findKpiLinkCodes(tx, kpi.id);
    const current = level === 'outcome' ? links.outcomes : links.outputs;
    const source = current.find((l) => l.code === from);
    if (!source) {
      throw conflict(
        'link_changed',
        `KPI ${kpi.code} is not linked to the ${level} "${from}" (any more): reload`,
      );
    }
    if (current.some((l) => l.code === to)) {
      throw conflict('already_linked', `KPI ${kpi.code} is linked to the ${level} "${to}" already`);
    }
    const candidates = (await repo.findItems(tx, level, { planId: kpi.planId })).filter(
      (i) => i.code === to && i.retiredAt === null,
    );
    const target = candidates[0];
    if (!target || candidates.length > 1) {
      const field = 'body.to';
      throw unprocessable(
        'framework_item_invalid',
        `${field}: plan ${kpi.planCode} has no current ${level} "${to}"`,
        [
          {
            field,
            code: 'unknown_link',
            message: `${field}: plan ${kpi.planCode} has no current ${level} "${to}"`,
          },
        ],
      );
    }
    const stamp = ctx.now.toISOString();
    await repo.relinkKpi(tx, level, kpi.id, source.id, target.id);
    await refreshKpiOwners(tx, [kpi.id], stamp);
    const after = codesOf(await repo.findKpiLinkCodes(tx, kpi.id));
    await audit({
      action: 'move_link',
      entity: 'kpi_links',
      entityId: kpi.id,
      before: codesOf(links),
      after,
      kpiIds: kpi.id,
    });
    return { kpi: kpi.code, ...after };
  });
}
