// A draft plan's annual targets set directly, many KPIs and years in one audited transaction: what the
// framework editor's annual-targets grid and its "paste from a spreadsheet" send. Once the plan is active a
// target changes only through a revision with a reason (kpi-definitions.service.ts, reviseTarget).
import { KPI_UNITS } from '@rbm/shared';
import type { SetAnnualTargetsBody, SetAnnualTargetsResult } from '@rbm/shared/schemas';
import { conflict, type FieldError } from '../../errors.ts';
import { asEnum } from '../../lib/enums.ts';
import type { WriteServiceContext } from '../../lib/service-context.ts';
import { auditedWrite } from '../audit/audit.service.ts';
import { requirePlan } from '../plans/plans.service.ts';
import {
  assertPlanOpen,
  checkValue,
  checkYear,
  fieldError,
  fieldPath,
  raiseFieldErrors,
} from './kpi-definition.rules.ts';
import * as repo from './kpi-definitions.repository.ts';

export async function setAnnualTargets(
  ctx: WriteServiceContext,
  input: SetAnnualTargetsBody,
): Promise<SetAnnualTargetsResult> {
  return auditedWrite(ctx.db, ctx, async (tx, audit) => {
    const plan = await requirePlan(tx, input.plan);
    assertPlanOpen(plan);
    if (plan.status !== 'draft') {
      throw conflict(
        'plan_not_draft',
        `Plan "${plan.code}" is ${plan.status}: change each annual target as a revision with a reason`,
      );
    }
    const kpis = new Map((await repo.findKpisOfPlan(tx, plan.id)).map((kpi) => [kpi.code, kpi]));
    const errors: FieldError[] = [];
    const seen = new Set<string>();
    input.targets.forEach((target, index) => {
      const kpi = kpis.get(target.kpi);
      if (!kpi) {
        const field = fieldPath('targets', index, 'kpi');
        errors.push(fieldError(field, 'unknown_kpi', `${field}: KPI "${target.kpi}" is not in ${plan.code}`));
        return;
      }
      const yearField = fieldPath('targets', index, 'year');
      checkYear(plan, target.year, yearField, errors);
      const key = `${target.kpi}\u0000${target.year}`;
      if (seen.has(key)) {
        errors.push(
          fieldError(
            yearField,
            'year_duplicate',
            `${yearField}: ${target.kpi} ${target.year} is given twice`,
          ),
        );
      }
      seen.add(key);
      const unit = asEnum(KPI_UNITS, kpi.unit, 'kpi.unit');
      checkValue(unit, target.value, fieldPath('targets', index, 'value'), errors);
    });
    raiseFieldErrors(errors);

    const current = await repo.findAnnualTargetsOfPlan(tx, plan.id);
    let changed = 0;
    for (const [code, kpi] of kpis) {
      const wanted = input.targets.filter((t) => t.kpi === code);
      if (wanted.length === 0) continue;
      const before = current.filter((t) => t.kpiId === kpi.id);
      const changes = wanted.filter((t) => before.find((b) => b.year === t.year)?.value !== t.value);
      if (changes.length === 0) continue;
      for (const target of changes) await repo.upsertAnnualTarget(tx, kpi.id, target.year, target.value);
      changed += changes.length;
      const after = await repo.findAnnualTargets(tx, kpi.id);
      await audit({
        action: 'set_targets',
        entity: 'kpi',
        entityId: kpi.id,
        kpiIds: kpi.id,
        before: { kpi: code, annualTargets: before.map(({ year, value }) => ({ year, value })) },
        after: { kpi: code, annualTargets: after },
      });
    }
    return { plan: plan.code, changed };
  });
}
