// The write targets of a batch of cells, read in a few queries for the whole batch instead of one per cell:
// the KPIs with their plans, the cells' stored values (with who entered them) and the review status of each
// owning priority's quarter. The rows have the shape of findWriteTarget's, so each cell is checked alike.
import type { Db } from '../../db/connection.ts';
import { WRITE_TARGET_KPI_COLUMNS, type findWriteTarget } from './values.repository.ts';

type WriteTargetRow = NonNullable<Awaited<ReturnType<typeof findWriteTarget>>>;

/** Ids per query: one parameter each, far below both databases' limits. */
const CHUNK = 500;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

/** The key of a cell in the maps below. */
export const cellKey = (kpiId: number, period: string, regionId: number | null) =>
  `${kpiId}|${period}|${regionId ?? ''}`;

function findKpis(db: Db, ids: number[]) {
  return db
    .selectFrom('kpi')
    .innerJoin('plan', 'plan.id', 'kpi.planId')
    .select(WRITE_TARGET_KPI_COLUMNS)
    .where('kpi.id', 'in', ids)
    .execute();
}

function findValues(db: Db, ids: number[], periods: string[]) {
  return db
    .selectFrom('kpiValue')
    .leftJoin('appUser', 'appUser.id', 'kpiValue.enteredBy')
    .select([
      'kpiValue.kpiId',
      'kpiValue.period',
      'kpiValue.regionId',
      'kpiValue.id as valueId',
      'kpiValue.value',
      'kpiValue.noDataReason',
      'kpiValue.note',
      'kpiValue.evidenceUrl',
      'kpiValue.state',
      'kpiValue.version',
      'kpiValue.returnComment',
      'kpiValue.enteredBy',
      'kpiValue.enteredAt',
      'kpiValue.submittedAt',
      'kpiValue.approvedAt',
      'appUser.username as enteredByName',
    ])
    .where('kpiValue.kpiId', 'in', ids)
    .where('kpiValue.period', 'in', periods)
    .execute();
}

function findReviews(db: Db, priorityIds: number[], periods: string[]) {
  return db
    .selectFrom('quarterlyReview')
    .select(['priorityId', 'period', 'status'])
    .where('priorityId', 'in', priorityIds)
    .where('period', 'in', periods)
    .execute();
}

type KpiRow = Awaited<ReturnType<typeof findKpis>>[number];
type StoredRow = Omit<Awaited<ReturnType<typeof findValues>>[number], 'kpiId' | 'period' | 'regionId'>;

const NO_VALUE: StoredRow = {
  valueId: null as unknown as number,
  value: null,
  noDataReason: null,
  note: null,
  evidenceUrl: null,
  state: null as unknown as string,
  version: null as unknown as number,
  returnComment: null,
  enteredBy: null,
  enteredAt: null as unknown as string,
  submittedAt: null,
  approvedAt: null,
  enteredByName: null,
};

/** What findWriteTarget would answer for each cell, read at once; `store` records a cell written since. */
export interface WriteTargets {
  find(kpiId: number, period: string, regionId: number | null): WriteTargetRow | undefined;
  store(kpiId: number, period: string, regionId: number | null, stored: StoredRow): void;
}

export async function findWriteTargets(
  db: Db,
  cells: ReadonlyArray<{ kpiId: number; period: string; regionId: number | null }>,
): Promise<WriteTargets> {
  const ids = [...new Set(cells.map((c) => c.kpiId))];
  const periods = [...new Set(cells.map((c) => c.period))];
  const kpis = new Map<number, KpiRow>();
  const values = new Map<string, StoredRow>();
  const reviews = new Map<string, string>();
  for (const chunk of chunks(ids)) {
    for (const kpi of await findKpis(db, chunk)) kpis.set(kpi.id, kpi);
  }
  for (const periodChunk of chunks(periods)) {
    for (const chunk of chunks(ids)) {
      for (const { kpiId, period, regionId, ...stored } of await findValues(db, chunk, periodChunk)) {
        values.set(cellKey(kpiId, period, regionId), stored);
      }
    }
    const owners = [...new Set([...kpis.values()].map((k) => k.ownerPriorityId))];
    for (const chunk of chunks(owners)) {
      for (const review of await findReviews(db, chunk, periodChunk)) {
        reviews.set(`${review.priorityId}|${review.period}`, review.status);
      }
    }
  }
  return {
    find(kpiId, period, regionId) {
      const kpi = kpis.get(kpiId);
      if (!kpi) return undefined;
      const stored = values.get(cellKey(kpiId, period, regionId)) ?? NO_VALUE;
      const reviewStatus = reviews.get(`${kpi.ownerPriorityId}|${period}`) ?? null;
      return { ...kpi, ...stored, reviewStatus } as WriteTargetRow;
    },
    store(kpiId, period, regionId, stored) {
      values.set(cellKey(kpiId, period, regionId), stored);
    },
  };
}
