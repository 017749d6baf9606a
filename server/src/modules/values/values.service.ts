// Entering and deleting KPI values: checked against the KPI (unit, period, region), never over another
// person's newer change (version), never in a submitted or approved quarter, always audited.
import type { PutValueBody, KpiValue } from '@rbm/shared/schemas';
import { assessKpi, validateKpiValue, validateValuePeriod, type RbmPlan } from '@rbm/shared/rbm';
import { FREQUENCIES, KPI_UNITS } from '@rbm/shared';
import type { Db } from '../../db/connection.ts';
import { AppError, conflict, locked, notFound, unprocessable } from '../../errors.ts';
import { asEnum } from '../../lib/enums.ts';
import { auditedWrite, type WriteContext } from '../audit/audit.service.ts';
import { toRbmKpi } from '../measurement/measurement.service.ts';
import * as repo from './values.repository.ts';

type ValueRow = NonNullable<Awaited<ReturnType<typeof repo.findValue>>>;

const PERIOD_MESSAGES: Record<string, string> = {
  period_invalid: 'is not a quarter such as 2025-Q3',
  period_outside_plan: "is outside the plan's years",
  period_not_complete: 'has not ended yet: values can be entered once the quarter is over',
  period_not_reporting_quarter: 'is not reported: this annual KPI reports in Q4 only',
};

const VALUE_MESSAGES: Record<string, string> = {
  not_finite: 'must be a finite number',
  percent_out_of_range: 'must be a percentage from 0 to 100',
  count_not_integer: 'must be a whole number of 0 or more',
  negative: 'must not be negative',
};

async function loadKpi(db: Db, kpiId: number) {
  const kpi = await repo.findValueKpi(db, kpiId);
  if (!kpi || kpi.active !== 1) throw notFound('KPI', kpiId);
  const plan: RbmPlan = {
    startYear: kpi.startYear,
    endYear: kpi.endYear,
    thresholds: { onTrack: kpi.thresholdOnTrack, atRisk: kpi.thresholdAtRisk },
    reportingDeadlineDays: kpi.reportingDeadlineDays,
  };
  return { kpi, plan };
}

function checkPeriod(plan: RbmPlan, period: string, frequency: string, now: Date): void {
  const code = validateValuePeriod(plan, period, now, asEnum(FREQUENCIES, frequency, 'kpi.frequency'));
  if (code) {
    throw unprocessable(code, `Period ${period} ${PERIOD_MESSAGES[code] ?? 'is not accepted'}`, [
      { field: 'params.period', code, message: `${period} ${PERIOD_MESSAGES[code] ?? 'is not accepted'}` },
    ]);
  }
}

async function resolveRegion(db: Db, kpi: { byRegion: number; code: string }, region: string | undefined) {
  if (region === undefined) return null;
  const row = await repo.findRegionByCode(db, region);
  if (!row) {
    throw unprocessable('unknown_region', `Region ${region} does not exist`, [
      { field: 'body.region', code: 'unknown_region', message: `Region ${region} does not exist` },
    ]);
  }
  if (kpi.byRegion !== 1) {
    throw unprocessable('region_not_allowed', `KPI ${kpi.code} is not reported by region`, [
      {
        field: 'body.region',
        code: 'region_not_allowed',
        message: `KPI ${kpi.code} is not reported by region`,
      },
    ]);
  }
  return row.id;
}

function checkValue(unit: string, body: PutValueBody): void {
  if (body.value === null) {
    if (!body.noDataReason?.trim()) {
      throw unprocessable(
        'no_data_reason_required',
        'A value, or a reason why there is no data, is required',
        [
          {
            field: 'body.noDataReason',
            code: 'no_data_reason_required',
            message: 'Say why there is no value',
          },
        ],
      );
    }
    return;
  }
  const code = validateKpiValue(asEnum(KPI_UNITS, unit, 'kpi.unit'), body.value);
  if (code) {
    throw unprocessable(code, `The value ${VALUE_MESSAGES[code]}`, [
      { field: 'body.value', code, message: `The value ${VALUE_MESSAGES[code]}` },
    ]);
  }
}

/** Values of an approved quarter are locked; a submitted quarter waits for its review. */
async function checkUnlocked(
  db: Db,
  ownerPriorityId: number,
  period: string,
  existing: ValueRow | undefined,
) {
  if (existing?.state === 'approved')
    throw locked('value_locked', `The value of ${period} is approved and locked`);
  const review = await repo.findReviewStatus(db, ownerPriorityId, period);
  if (review?.status === 'approved')
    throw locked('quarter_approved', `Quarter ${period} is approved and locked`);
  if (review?.status === 'submitted' || existing?.state === 'submitted') {
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

async function liveAssessment(db: Db, kpiId: number, plan: RbmPlan, period: string, now: Date) {
  const { kpi, targets, values } = await repo.findKpiForAssessment(db, kpiId);
  const actuals = values.map((v) => ({ period: v.period, value: v.value as number }));
  return assessKpi(toRbmKpi(kpi, targets), plan, actuals, period, now);
}

export async function toValueDto(
  db: Db,
  row: ValueRow,
  kpiCode: string,
  plan: RbmPlan,
  now: Date,
): Promise<KpiValue> {
  return {
    id: row.id,
    kpiId: row.kpiId,
    kpiCode,
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
    assessment: row.regionId === null ? await liveAssessment(db, row.kpiId, plan, row.period, now) : null,
  };
}

export async function putValue(
  db: Db,
  context: WriteContext,
  input: { kpiId: number; period: string; body: PutValueBody },
): Promise<{ created: boolean; value: KpiValue }> {
  const { kpiId, period, body } = input;
  const { kpi, plan } = await loadKpi(db, kpiId);
  checkPeriod(plan, period, kpi.frequency, context.now);
  const regionId = await resolveRegion(db, kpi, body.region);
  checkValue(kpi.unit, body);

  const created = await auditedWrite(db, context, async (tx, audit) => {
    const existing = await repo.findValue(tx, kpiId, period, regionId);
    await checkUnlocked(tx, kpi.ownerPriorityId, period, existing);
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
      if (unchanged) return false; // autosave of what is already stored: nothing to write or trace
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
      return false;
    }
    const id = await repo.insertValue(tx, {
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
    });
    await audit({
      action: 'create',
      entity: 'kpi_value',
      kpiIds: kpiId,
      entityId: id,
      after: { ...fields, state: 'draft', version: 1 },
    });
    return true;
  });

  const row = await repo.findValue(db, kpiId, period, regionId);
  if (!row)
    throw new AppError(409, 'version_conflict', 'The value was deleted at the same moment; load it again');
  return { created, value: await toValueDto(db, row, kpi.code, plan, context.now) };
}

export async function deleteValue(
  db: Db,
  context: WriteContext,
  input: { kpiId: number; period: string; region?: string; version?: number },
): Promise<void> {
  const { kpi, plan } = await loadKpi(db, input.kpiId);
  checkPeriod(plan, input.period, kpi.frequency, context.now);
  const regionId = await resolveRegion(db, kpi, input.region);
  await auditedWrite(db, context, async (tx, audit) => {
    const existing = await repo.findValue(tx, input.kpiId, input.period, regionId);
    if (!existing)
      throw notFound('Value of KPI', `${kpi.code} ${input.period}${input.region ? ` ${input.region}` : ''}`);
    await checkUnlocked(tx, kpi.ownerPriorityId, input.period, existing);
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
