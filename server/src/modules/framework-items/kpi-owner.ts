// A KPI is owned by the priority of its first outcome (as when it was created): when its outcomes move, the
// owner follows, so scopes, reviews and figures by priority keep finding it.
import type { Db } from '../../db/connection.ts';
import * as repo from './framework-items.repository.ts';

export async function refreshKpiOwners(tx: Db, kpiIds: readonly number[], stamp: string): Promise<void> {
  for (const kpiId of kpiIds) {
    const kpi = await repo.findKpi(tx, kpiId);
    const first = (await repo.findKpiLinkCodes(tx, kpiId)).outcomes[0];
    if (kpi && first && first.priorityId !== kpi.ownerPriorityId) {
      await repo.setKpiOwner(tx, kpiId, first.priorityId, stamp);
    }
  }
}
