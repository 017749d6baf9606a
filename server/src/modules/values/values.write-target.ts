// What one value write works on, as its transaction loaded it: the KPI and its plan, the value as stored
// (if any) with who entered it, the quarter's review status, and for a whole-KPI value what its live
// status stands on (targets and totals); and the value as the API answers it.
import type { KpiValue } from '@rbm/shared/schemas';
import { assessKpi, type RbmPlan } from '@rbm/shared/rbm';
import type { Db } from '../../db/connection.ts';
import { AppError, notFound, unprocessable } from '../../errors.ts';
import type { Actor } from '../../lib/actor.ts';
import { assertPlanOpen, hidesPlan } from '../plans/plan-status.ts';
import { toRbmKpi } from '../figures/figures.service.ts';
import * as repo from './values.repository.ts';

export type ValueKpi = repo.WriteTargetRow;
type TargetsAndTotals = Awaited<ReturnType<typeof repo.findKpiTargetsAndTotals>>;

/** A value as stored, with who entered it and its region's code. */
export interface ValueRow extends repo.ValueChanges {
  id: number;
  kpiId: number;
  period: string;
  regionId: number | null;
  regionCode: string | null;
  enteredByName: string | null;
  submittedAt: string | null;
  approvedAt: string | null;
}

/** A region code that names no region (422). */
export const unknownRegion = (region: string) =>
  unprocessable('unknown_region', `Region ${region} does not exist`, [
    { field: 'body.region', code: 'unknown_region', message: `Region ${region} does not exist` },
  ]);

export interface WriteTarget {
  kpi: ValueKpi;
  plan: RbmPlan;
  existing: ValueRow | undefined;
  reviewStatus: string | null;
}

/** A KPI outside the writer's scope (403). */
const outOfScope = () =>
  new AppError(403, 'out_of_scope', 'This KPI belongs to a thematic priority outside your scope');

/**
 * The write target of a loaded row (findWriteTarget, or a batch's), after the checks every value write
 * makes on its KPI, in this order: 404 without the KPI; 403 outside the writer's scope; 404 when it is
 * retired, or in a draft plan the writer may not see; 422 for a region code that names no region
 * (`regionId` undefined); 409 when its plan is closed.
 */
export function toWriteTarget(
  target: ValueKpi | undefined,
  input: {
    kpiId: number;
    period: string;
    region?: string | undefined;
    regionId: number | null | undefined;
    actor: Actor;
  },
): WriteTarget {
  const { period, regionId, actor } = input;
  if (!target) throw notFound('KPI', input.kpiId);
  if (actor.priorityIds !== null && !actor.priorityIds.has(target.ownerPriorityId)) throw outOfScope();
  if (target.active !== 1 || hidesPlan(actor, { status: target.planStatus })) {
    throw notFound('KPI', input.kpiId);
  }
  if (regionId === undefined) throw unknownRegion(input.region ?? '');
  assertPlanOpen({ code: target.planCode, status: target.planStatus });
  const plan: RbmPlan = {
    startYear: target.startYear,
    endYear: target.endYear,
    thresholds: { onTrack: target.thresholdOnTrack, atRisk: target.thresholdAtRisk },
    reportingDeadlineDays: target.reportingDeadlineDays,
  };
  const existing: ValueRow | undefined =
    target.valueId === null
      ? undefined
      : {
          id: target.valueId,
          kpiId: target.id,
          period,
          regionId,
          regionCode: input.region ?? null,
          value: target.value,
          noDataReason: target.noDataReason,
          note: target.note,
          evidenceUrl: target.evidenceUrl,
          state: target.state as string,
          version: target.version as number,
          returnComment: target.returnComment,
          enteredBy: target.enteredBy,
          enteredByName: target.enteredByName,
          enteredAt: target.enteredAt as string,
          submittedAt: target.submittedAt,
          approvedAt: target.approvedAt,
        };
  return { kpi: target, plan, existing, reviewStatus: target.reviewStatus };
}

/**
 * What the live status of many KPIs stands on in the periods written (a batch's whole-KPI values), by KPI
 * id: their targets, and their values in the years of those periods.
 */
export async function loadAssessmentBases(
  db: Db,
  kpiIds: readonly number[],
  periods: Iterable<string>,
): Promise<Map<number, TargetsAndTotals>> {
  const bases = new Map<number, TargetsAndTotals>();
  for (const id of kpiIds) bases.set(id, { targets: [], values: [] });
  if (kpiIds.length === 0) return bases;
  for (const row of await repo.findTargetsAndTotalsOfKpis(db, kpiIds, repo.yearsOf(periods))) {
    const basis = bases.get(row.kpiId);
    if (!basis || row.value === null) continue;
    if (row.year !== null) basis.targets.push({ year: row.year, value: row.value });
    else if (row.period !== null) basis.values.push({ period: row.period, value: row.value });
  }
  return bases;
}

/**
 * What the KPI's live status in the row's period stands on (its targets and its values of that year), read
 * in the write's transaction (whole-KPI values only).
 */
export async function loadAssessmentBasis(db: Db, row: ValueRow): Promise<TargetsAndTotals | null> {
  if (row.regionId !== null) return null;
  return repo.findKpiTargetsAndTotals(db, row.kpiId, repo.yearsOf([row.period]));
}

/** The value as the API answers it, with the KPI's status (drafts included: the planner's own view). */
export function toValueDto(
  row: ValueRow,
  target: Pick<WriteTarget, 'kpi' | 'plan'>,
  basis: TargetsAndTotals | null,
  now: Date,
): KpiValue {
  const { kpi, plan } = target;
  return {
    id: row.id,
    kpiId: row.kpiId,
    kpiCode: kpi.code,
    period: row.period,
    region: row.regionCode,
    value: row.value,
    noDataReason: row.noDataReason,
    note: row.note,
    evidenceUrl: row.evidenceUrl,
    state: row.state as KpiValue['state'],
    version: row.version,
    returnComment: row.returnComment,
    enteredBy: row.enteredByName,
    enteredAt: row.enteredAt,
    submittedAt: row.submittedAt,
    approvedAt: row.approvedAt,
    assessment: basis ? assessKpi(toRbmKpi(kpi, basis.targets), plan, basis.values, row.period, now) : null,
  };
}
