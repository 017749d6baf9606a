import type { FrameworkPriority } from '@rbm/shared/schemas';

/** KPIs under a priority, each counted once even when it serves several of its outcomes. */
export function countPriorityKpis(priority: FrameworkPriority): number {
  return new Set(priority.outcomes.flatMap((o) => o.kpis.map((k) => k.id))).size;
}
