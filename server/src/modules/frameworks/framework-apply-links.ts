// The second half of applying a framework document: each written KPI's links and annual targets (a changed
// target kept in the KPI's revision history), and the plan's items left out of the file retired.
import type { FrameworkDocument } from '@rbm/shared/schemas';
import type { ApplyContext } from './framework-apply.ts';
import type { FrameworkItemChange } from './framework-diff.ts';
import * as repo from './framework-write.repository.ts';

type Ids = Map<string, number>;

export async function writeKpiLinks(
  ctx: ApplyContext & { writes: (level: string, code: string) => boolean },
  document: FrameworkDocument,
  ids: { outcomeIds: Ids; outputIds: Ids; targetIds: Ids; themeIds: Ids; kpiIds: Ids },
) {
  const { tx, audit, stamp } = ctx;
  const { outcomeIds, outputIds, targetIds, themeIds, kpiIds } = ids;
  const writes = ctx.writes;
  const pick = (ids: Map<string, number>, codes: string[]) =>
    codes.flatMap((c) => (ids.has(c) ? [ids.get(c) as number] : []));
  for (const kpi of document.kpis) {
    const kpiId = kpiIds.get(kpi.code);
    if (kpiId === undefined || !writes('kpis', kpi.code)) continue;
    await repo.replaceKpiLinks(tx, kpiId, {
      outcomes: pick(outcomeIds, kpi.outcomes),
      outputs: pick(outputIds, kpi.outputs),
      targets: pick(targetIds, kpi.targets),
      themes: pick(themeIds, kpi.themes),
    });
    // A changed target of a KPI that had one is kept in the KPI's revision history.
    const before = new Map((await repo.findAnnualTargets(tx, kpiId)).map((t) => [t.year, t.value]));
    const after = Object.entries(kpi.annualTargets).map(([year, value]) => ({ year: Number(year), value }));
    await repo.insertTargetRevisions(
      tx,
      after
        .filter((t) => before.has(t.year) && before.get(t.year) !== t.value)
        .map((t) => ({
          kpiId,
          year: t.year,
          oldValue: before.get(t.year) ?? null,
          newValue: t.value,
          reason: 'Framework import',
          revisedBy: ctx.userId,
          revisedAt: stamp,
        })),
    );
    await repo.replaceAnnualTargets(tx, kpiId, after);
    await audit({
      action: 'import',
      entity: 'kpi_links',
      entityId: kpiId,
      after: {
        outcomes: kpi.outcomes,
        outputs: kpi.outputs,
        targets: kpi.targets,
        themes: kpi.themes,
        annualTargets: kpi.annualTargets,
      },
      kpiIds: kpiId,
    });
  }
}

export async function retireLeftOut(
  ctx: ApplyContext,
  changes: FrameworkItemChange[],
  ids: Record<string, Map<string, number>>,
  planId: number,
) {
  // table, ids, and the audit log's entity (the database's own table name, as every other write names it)
  const tables = {
    goals: ['goal', 'goalIds', 'goal'],
    targets: ['target', 'targetIds', 'target'],
    priorities: ['thematicPriority', 'priorityIds', 'thematic_priority'],
    outcomes: ['outcome', 'outcomeIds', 'outcome'],
    outputs: ['output', 'outputIds', 'output'],
  } as const;
  for (const [level, [table, key, entity]] of Object.entries(tables)) {
    const retiring = changes
      .filter((c) => c.level === level && c.change === 'retired')
      .flatMap((c) => ids[key]?.get(c.code) ?? []);
    await repo.retireItems(ctx.tx, table, retiring, ctx.stamp);
    for (const id of retiring)
      await ctx.audit({
        action: 'retire',
        entity,
        entityId: id,
        reason: 'Left out of the imported framework',
      });
  }
  const enablers = await repo.idsByCode(ctx.tx, 'enabler', planId);
  const retiringEnablers = changes
    .filter((c) => c.level === 'enablers' && c.change === 'retired')
    .flatMap((c) => enablers.get(c.code) ?? []);
  await repo.retireItems(ctx.tx, 'enabler', retiringEnablers, ctx.stamp);
  const kpis = changes
    .filter((c) => c.level === 'kpis' && c.change === 'retired')
    .flatMap((c) => ids.kpiIds?.get(c.code) ?? []);
  await repo.deactivateKpis(ctx.tx, kpis, ctx.stamp);
  for (const id of [...retiringEnablers])
    await ctx.audit({
      action: 'retire',
      entity: 'enabler',
      entityId: id,
      reason: 'Left out of the imported framework',
    });
  for (const id of kpis)
    await ctx.audit({
      action: 'retire',
      entity: 'kpi',
      entityId: id,
      reason: 'Left out of the imported framework',
      kpiIds: id,
    });
}
