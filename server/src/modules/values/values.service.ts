// Entering and deleting KPI values: checked against the KPI (unit, period, region), never over another
// person's newer change (version), never in a submitted or approved quarter, always audited.
import type { PutValueBody, KpiValue } from '@rbm/shared/schemas';
import { assessKpi, type RbmPlan } from '@rbm/shared/rbm';
import type { Db } from '../../db/connection.ts';
import { conflict, locked, notFound, unprocessable } from '../../errors.ts';
import { auditedWrite, type WriteContext } from '../audit/audit.service.ts';
import { valueLimitsOf } from '../entry-rules/entry-rules.service.ts';
import { toRbmKpi } from '../figures/figures.service.ts';
import { checkPeriod, checkRegionAllowed, checkValue } from './values.checks.ts';
import * as repo from './values.repository.ts';

type WriteTarget = NonNullable<Awaited<ReturnType<typeof repo.findWriteTarget>>>;

/** A value as stored, with who entered it and its region's code. */
interface ValueRow {
  id: number;
  kpiId: number;
  period: string;
  regionId: number | null;
  regionCode: string | null;
  value: number | null;
  noDataReason: string | null;
  note: string | null;
  evidenceUrl: string | null;
  state: string;
  version: number;
  returnComment: string | null;
  enteredBy: number | null;
  enteredByName: string | null;
  enteredAt: string;
  submittedAt: string | null;
  approvedAt: string | null;
}

/** The KPI, its plan, the stored value (if any) and the quarter's review status, for one write. */
async function loadWriteTarget(
  db: Db,
  input: { kpiId: number; period: string; region?: string | undefined },
  regionId: number | null,
) {
  const target = await repo.findWriteTarget(db, input.kpiId, input.period, regionId);
  if (!target || target.active !== 1) throw notFound('KPI', input.kpiId);
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
          period: input.period,
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

/** The region's id (null for the KPI as a whole); 422 when the code is unknown. */
async function resolveRegion(db: Db, region: string | undefined): Promise<number | null> {
  if (region === undefined) return null;
  const row = await repo.findRegionByCode(db, region);
  if (!row) {
    throw unprocessable('unknown_region', `Region ${region} does not exist`, [
      { field: 'body.region', code: 'unknown_region', message: `Region ${region} does not exist` },
    ]);
  }
  return row.id;
}

/** Values of an approved quarter are locked; a submitted quarter waits for its review. */
function checkUnlocked(period: string, existing: ValueRow | undefined, reviewStatus: string | null): void {
  if (existing?.state === 'approved')
    throw locked('value_locked', `The value of ${period} is approved and locked`);
  if (reviewStatus === 'approved')
    throw locked('quarter_approved', `Quarter ${period} is approved and locked`);
  if (reviewStatus === 'submitted' || existing?.state === 'submitted') {
    throw locked(
      'quarter_submitted',
      `Quarter ${period} is submitted for review; it can be changed once returned`,
    );
  }
}

function checkVersion(existing: ValueRow | undefined, version: number | undefined): void {
  if (existing && version === undefined) {
    throw conflict(
      'version_required',
      `This value exists (version ${existing.version}): send the version you loaded`,
    );
  }
  if (existing && version !== existing.version) {
    throw conflict(
      'version_conflict',
      `Someone changed this value since you loaded it (your version ${version}, now ${existing.version})`,
    );
  }
  if (!existing && version !== undefined) {
    throw conflict('version_conflict', 'This value was deleted since you loaded it');
  }
}

const auditView = (
  row: Pick<ValueRow, 'value' | 'noDataReason' | 'note' | 'evidenceUrl' | 'state' | 'version'>,
) => ({
  value: row.value,
  noDataReason: row.noDataReason,
  note: row.note,
  evidenceUrl: row.evidenceUrl,
  state: row.state,
  version: row.version,
});

type ValueKpi = WriteTarget;

/** The KPI's status with the value just stored (drafts included: it is the planner's own view). */
async function liveAssessment(db: Db, kpi: ValueKpi, plan: RbmPlan, period: string, now: Date) {
  const { targets, values } = await repo.findKpiTargetsAndTotals(db, kpi.id);
  return assessKpi(toRbmKpi(kpi, targets), plan, values, period, now);
}

async function toValueDto(db: Db, row: ValueRow, kpi: ValueKpi, plan: RbmPlan, now: Date): Promise<KpiValue> {
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
    assessment: row.regionId === null ? await liveAssessment(db, kpi, plan, row.period, now) : null,
  };
}

export async function putValue(
  db: Db,
  context: WriteContext,
  input: { kpiId: number; period: string; body: PutValueBody },
): Promise<{ created: boolean; value: KpiValue }> {
  const { kpiId, period, body } = input;
  const regionId = await resolveRegion(db, body.region);
  const enteredByName = context.actor.userId === null ? null : context.actor.username;
  const { created, row, kpi, plan } = await auditedWrite(db, context, async (tx, audit) => {
    const { kpi, plan, existing, reviewStatus } = await loadWriteTarget(
      tx,
      { kpiId, period, region: body.region },
      regionId,
    );
    checkPeriod(plan, period, kpi.frequency, context.now);
    checkRegionAllowed(kpi, regionId);
    checkValue(kpi.unit, body, body.value === null ? null : await valueLimitsOf(tx, kpiId));
    checkUnlocked(period, existing, reviewStatus);
    checkVersion(existing, body.version);
    const fields = {
      value: body.value,
      noDataReason: body.value === null ? (body.noDataReason?.trim() ?? null) : null,
      note: body.note === undefined ? (existing?.note ?? null) : body.note,
      evidenceUrl: body.evidenceUrl === undefined ? (existing?.evidenceUrl ?? null) : body.evidenceUrl,
    };
    if (existing) {
      const unchanged =
        existing.value === fields.value &&
        existing.noDataReason === fields.noDataReason &&
        existing.note === fields.note &&
        existing.evidenceUrl === fields.evidenceUrl &&
        existing.state === 'draft' &&
        existing.returnComment === null;
      if (unchanged) return { created: false, row: existing, kpi, plan }; // autosave of what is stored
      const next = { ...fields, state: 'draft', version: existing.version + 1, returnComment: null };
      const changes = { ...next, enteredBy: context.actor.userId, enteredAt: context.now.toISOString() };
      if (!(await repo.updateValueIfVersion(tx, existing.id, existing.version, changes))) {
        throw conflict('version_conflict', 'Someone changed this value at the same moment; load it again');
      }
      await audit({
        action: 'update',
        entity: 'kpi_value',
        kpiIds: kpiId,
        entityId: existing.id,
        before: auditView(existing),
        after: next,
      });
      return { created: false, row: { ...existing, ...changes, enteredByName }, kpi, plan };
    }
    const inserted = {
      kpiId,
      period,
      regionId,
      ...fields,
      state: 'draft',
      version: 1,
      returnComment: null,
      enteredBy: context.actor.userId,
      enteredAt: context.now.toISOString(),
      submittedAt: null,
      approvedAt: null,
    };
    const id = await repo.insertValue(tx, inserted);
    if (id === null) throw conflict('version_required', 'Someone entered this value meanwhile; load it');
    await audit({
      action: 'create',
      entity: 'kpi_value',
      kpiIds: kpiId,
      entityId: id,
      after: { ...fields, state: 'draft', version: 1 },
    });
    return {
      created: true,
      row: { ...inserted, id, regionCode: body.region ?? null, enteredByName },
      kpi,
      plan,
    };
  });
  return { created, value: await toValueDto(db, row, kpi, plan, context.now) };
}

export async function deleteValue(
  db: Db,
  context: WriteContext,
  input: { kpiId: number; period: string; region?: string; version?: number },
): Promise<void> {
  const regionId = await resolveRegion(db, input.region);
  await auditedWrite(db, context, async (tx, audit) => {
    const { kpi, plan, existing, reviewStatus } = await loadWriteTarget(tx, input, regionId);
    checkPeriod(plan, input.period, kpi.frequency, context.now);
    checkRegionAllowed(kpi, regionId);
    if (!existing) {
      throw notFound('Value of KPI', `${kpi.code} ${input.period}${input.region ? ` ${input.region}` : ''}`);
    }
    checkUnlocked(input.period, existing, reviewStatus);
    if (input.version !== undefined && input.version !== existing.version) {
      throw conflict(
        'version_conflict',
        `Someone changed this value since you loaded it (now version ${existing.version})`,
      );
    }
    if (!(await repo.deleteValueIfVersion(tx, existing.id, existing.version))) {
      throw conflict('version_conflict', 'Someone changed this value at the same moment; load it again');
    }
    await audit({
      action: 'delete',
      entity: 'kpi_value',
      kpiIds: input.kpiId,
      entityId: existing.id,
      before: auditView(existing),
    });
  });
}
