// The activation checklist: what must hold before a draft plan becomes the plan everyone reports on. Each
// item names the codes that fail it, so the screen can link to them; the key names its message.
import type { PlanChecklist, PlanChecklistItem, PlanChecklistKey } from '@rbm/shared/schemas';
import type { Db } from '../../db/connection.ts';
import type { PlanRow } from '../../db/schema.ts';
import * as repo from './plan-lifecycle.repository.ts';

const SHOWN_CODES = 100;

function item(key: PlanChecklistKey, failing: ReadonlyArray<{ code: string }>): PlanChecklistItem {
  return {
    key,
    ok: failing.length === 0,
    count: failing.length,
    codes: failing.slice(0, SHOWN_CODES).map((f) => f.code),
  };
}

export async function activationChecklist(db: Db, plan: PlanRow): Promise<PlanChecklist> {
  const [annualTargets, targets, priorities, orphans] = await Promise.all([
    repo.findKpisMissingAnnualTargets(db, plan),
    repo.findTargetsOutOfDate(db, plan),
    repo.findPrioritiesIncomplete(db, plan.id),
    repo.findOrphanKpis(db, plan.id),
  ]);
  // The reporting calendar: the days after a quarter by which values are due and reviews decided.
  const calendarSet = plan.reportingDeadlineDays > 0 && plan.reviewDeadlineDays > 0;
  const items = [
    item('annualTargets', annualTargets),
    item('targets', targets),
    item('priorities', priorities),
    item('orphanKpis', orphans),
    item('calendar', calendarSet ? [] : [{ code: plan.code }]),
  ];
  return {
    plan: plan.code,
    status: plan.status as PlanChecklist['status'],
    ready: items.every((i) => i.ok),
    items,
  };
}
