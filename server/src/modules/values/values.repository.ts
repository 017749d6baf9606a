// Every query on stored KPI values and the review state that may lock them.
import { sql } from 'kysely';
import type { Db } from '../../db/connection.ts';
import { selectRows } from '../../db/json-rows.ts';
import { prepareQuery } from '../../db/prepared.ts';
import type { NewKpiValue } from '../../db/schema.ts';

/** The KPI and plan columns a value write is checked against (one write or a batch's). */
export const WRITE_TARGET_KPI_COLUMNS = [
  'kpi.id',
  'kpi.code',
  'kpi.unit',
  'kpi.direction',
  'kpi.aggregation',
  'kpi.frequency',
  'kpi.baselineValue',
  'kpi.baselinePeriod',
  'kpi.tolerance',
  'kpi.weight',
  'kpi.byRegion',
  'kpi.active',
  'kpi.ownerPriorityId',
  'plan.id as planId',
  'plan.code as planCode',
  'plan.status as planStatus',
  'plan.startYear',
  'plan.endYear',
  'plan.thresholdOnTrack',
  'plan.thresholdAtRisk',
  'plan.reportingDeadlineDays',
] as const;

/**
 * The entry rules that apply to one KPI's values: its plan's defaults and its own override (each may be
 * absent), selected with the KPI (`planEntryRule` and `kpiEntryRule` left-joined on the plan and the KPI);
 * the entry-rules service turns them into hard limits (valueLimitsOfRow).
 */
const VALUE_LIMIT_COLUMNS = [
  'planEntryRule.minValue as planMin',
  'planEntryRule.maxValue as planMax',
  'planEntryRule.integerOnly as planInteger',
  'kpiEntryRule.id as overrideId',
  'kpiEntryRule.minValue as kpiMin',
  'kpiEntryRule.maxValue as kpiMax',
  'kpiEntryRule.integerOnly as kpiInteger',
] as const;

/** What a value holds and its state, as the grid and a write read it. */
const VALUE_FIELD_COLUMNS = [
  'kpiValue.value',
  'kpiValue.noDataReason',
  'kpiValue.note',
  'kpiValue.evidenceUrl',
  'kpiValue.state',
  'kpiValue.version',
  'kpiValue.returnComment',
] as const;

/** A stored value as a write checks it, with who entered it (`appUser` joined on `enteredBy`). */
export const STORED_VALUE_COLUMNS = [
  'kpiValue.id as valueId',
  ...VALUE_FIELD_COLUMNS,
  'kpiValue.enteredBy',
  'kpiValue.enteredAt',
  'kpiValue.submittedAt',
  'kpiValue.approvedAt',
  'appUser.username as enteredByName',
] as const;

/**
 * Everything a write to one value needs, in one query: the KPI and its plan, the value as stored (null
 * columns when there is none) and the review status of the owning priority's quarter. Run it inside the
 * write's transaction so the checks and the write see the same state. `forRegion`: the value of the region
 * with the code `p.region`.
 */
function writeTargetQuery(db: Db, p: CellTargetParams, forRegion: boolean) {
  return db
    .selectFrom('kpi')
    .innerJoin('plan', 'plan.id', 'kpi.planId')
    .leftJoin('kpiValue', (join) =>
      join
        .onRef('kpiValue.kpiId', '=', 'kpi.id')
        .on('kpiValue.period', '=', p.period)
        .on((eb) =>
          forRegion ? eb('kpiValue.regionId', '=', regionIdOf(p)) : eb('kpiValue.regionId', 'is', null),
        ),
    )
    .leftJoin('quarterlyReview', (join) =>
      join
        .onRef('quarterlyReview.priorityId', '=', 'kpi.ownerPriorityId')
        .on('quarterlyReview.period', '=', p.period),
    )
    .leftJoin('appUser', 'appUser.id', 'kpiValue.enteredBy')
    .select([...WRITE_TARGET_KPI_COLUMNS, ...STORED_VALUE_COLUMNS, 'quarterlyReview.status as reviewStatus'])
    .where('kpi.id', '=', p.kpiId);
}

type CellTargetParams = { kpiId: number; period: string; region: string };

/** The id of the region with the code `p.region` (null when there is none). */
const regionIdOf = (p: CellTargetParams) =>
  sql<
    number | null
  >`(select ${sql.ref('id')} from ${sql.table('region')} where ${sql.ref('code')} = ${p.region})`;

/** A value write's KPI, plan, stored value and review status (a batch reads them for many cells at once). */
export type WriteTargetRow = Awaited<
  ReturnType<ReturnType<typeof writeTargetQuery>['executeTakeFirstOrThrow']>
>;

/** One write's target, with its region's id and its KPI's entry rules (VALUE_LIMIT_COLUMNS). */
function cellTargetQuery(db: Db, p: CellTargetParams, forRegion: boolean) {
  return writeTargetQuery(db, p, forRegion)
    .leftJoin('planEntryRule', 'planEntryRule.planId', 'kpi.planId')
    .leftJoin('kpiEntryRule', 'kpiEntryRule.kpiId', 'kpi.id')
    .select(VALUE_LIMIT_COLUMNS)
    .select((forRegion ? regionIdOf(p) : sql<number | null>`null`).as('regionId'));
}

// 43 columns: read as JSON text on SQLite (db/json-rows.ts), 7 µs instead of 16
const cellTargetOfTotal = prepareQuery((db, p: CellTargetParams) => cellTargetQuery(db, p, false), {
  jsonRows: true,
});
const cellTargetOfRegion = prepareQuery((db, p: CellTargetParams) => cellTargetQuery(db, p, true), {
  jsonRows: true,
});

/**
 * The target of one write (a PUT or a delete) in one query: the KPI, its plan, its value rules, the cell's
 * stored value and the quarter's review status; with a region code, that region's id (null: unknown code).
 */
export async function findWriteTarget(db: Db, kpiId: number, period: string, region: string | null) {
  const query = region === null ? cellTargetOfTotal : cellTargetOfRegion;
  const [row] = await query.execute(db, { kpiId, period, region: region ?? '' });
  return row;
}

/** Every region by its code (a batch resolves its cells' regions at once). */
export function findRegions(db: Db) {
  return db.selectFrom('region').select(['id', 'code']).execute();
}

const insertValueQuery = prepareQuery((db, value: NewKpiValue) =>
  db
    .insertInto('kpiValue')
    .values({
      kpiId: value.kpiId,
      period: value.period,
      regionId: value.regionId,
      value: value.value,
      noDataReason: value.noDataReason,
      note: value.note,
      evidenceUrl: value.evidenceUrl,
      state: value.state,
      version: value.version,
      returnComment: value.returnComment,
      enteredBy: value.enteredBy,
      enteredAt: value.enteredAt,
      submittedAt: value.submittedAt,
      approvedAt: value.approvedAt,
    })
    // Two first writes of one cell can race (on PostgreSQL both see no value): the second inserts nothing
    // rather than failing on the unique index and aborting its transaction.
    .onConflict((oc) => oc.doNothing())
    .returning('id'),
);

/** Inserts the value; null when the cell got a value meanwhile (a concurrent first write). */
export async function insertValue(db: Db, value: NewKpiValue): Promise<number | null> {
  const [row] = await insertValueQuery.execute(db, value);
  return row?.id ?? null;
}

/** What a planner's write changes on a value. */
export interface ValueChanges {
  value: number | null;
  noDataReason: string | null;
  note: string | null;
  evidenceUrl: string | null;
  state: string;
  version: number;
  returnComment: string | null;
  enteredBy: number | null;
  enteredAt: string;
}

type UpdateParams = ValueChanges & { id: number; expectedVersion: number };

/**
 * A stored value's compare-and-set update. `setsState`: the value becomes a draft from another state (a
 * returned value); a draft saved again leaves its state, and so its entry in the index on (period, state),
 * untouched: SQLite rewrites an index entry for every indexed column an update sets, changed or not.
 */
function updateValue(db: Db, p: UpdateParams, setsState: boolean) {
  return db
    .updateTable('kpiValue')
    .set({
      value: p.value,
      noDataReason: p.noDataReason,
      note: p.note,
      evidenceUrl: p.evidenceUrl,
      ...(setsState ? { state: p.state } : {}),
      version: p.version,
      returnComment: p.returnComment,
      enteredBy: p.enteredBy,
      enteredAt: p.enteredAt,
    })
    .where('id', '=', p.id)
    .where('version', '=', p.expectedVersion)
    .returning('id');
}

const updateValueQuery = prepareQuery((db, p: UpdateParams) => updateValue(db, p, true));
const updateKeepingStateQuery = prepareQuery((db, p: UpdateParams) => updateValue(db, p, false));

/**
 * Updates the stored value only if it still has the version read (every change of a value's state raises
 * its version too, so the state read is its state); returns whether it did.
 */
export async function updateValueIfVersion(
  db: Db,
  stored: { id: number; version: number; state: string },
  changes: Omit<ValueChanges, 'enteredBy' | 'enteredAt'>,
  entered: Pick<ValueChanges, 'enteredBy' | 'enteredAt'>,
): Promise<boolean> {
  const query = stored.state === changes.state ? updateKeepingStateQuery : updateValueQuery;
  // written out rather than spread: every PUT runs it
  const rows = await query.execute(db, {
    value: changes.value,
    noDataReason: changes.noDataReason,
    note: changes.note,
    evidenceUrl: changes.evidenceUrl,
    state: changes.state,
    version: changes.version,
    returnComment: changes.returnComment,
    enteredBy: entered.enteredBy,
    enteredAt: entered.enteredAt,
    id: stored.id,
    expectedVersion: stored.version,
  });
  return rows.length === 1;
}

export async function deleteValueIfVersion(db: Db, id: number, version: number): Promise<boolean> {
  const result = await db
    .deleteFrom('kpiValue')
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

/**
 * The quarters a live status needs: a quarter's status stands on its year's values only (the quarter's own,
 * or the year to date of a flow), so a write's answer reads the values of its years, not of the whole plan.
 */
export interface QuarterSpan {
  /** The first quarter read (`YYYY-Q1`). */
  from: string;
  /** The last quarter read (`YYYY-Q4`). */
  to: string;
}

/** The quarters of the years of these periods (`YYYY-Qn`), from the first year's Q1 to the last one's Q4. */
export function yearsOf(periods: Iterable<string>): QuarterSpan {
  let first = '9999';
  let last = '0000';
  for (const period of periods) {
    const year = period.slice(0, 4);
    if (year < first) first = year;
    if (year > last) last = year;
  }
  return { from: `${first}-Q1`, to: `${last}-Q4` };
}

/**
 * What the live status of one KPI stands on besides its definition, in one query: its annual targets
 * (rows with a year) and its total values in the span (rows with a period).
 */
const targetsAndTotalsQuery = prepareQuery((db, p: { kpiId: number } & QuarterSpan) =>
  db
    .selectFrom('kpiAnnualTarget')
    .select((eb) => [
      eb.ref('year').$castTo<number | null>().as('year'),
      sql<string | null>`cast(null as text)`.as('period'),
      eb.ref('value').$castTo<number | null>().as('value'),
    ])
    .where('kpiId', '=', p.kpiId)
    .unionAll(
      db
        .selectFrom('kpiValue')
        .select([sql<number | null>`cast(null as integer)`.as('year'), 'period', 'value'])
        .where('kpiId', '=', p.kpiId)
        .where('regionId', 'is', null)
        .where('period', '>=', p.from)
        .where('period', '<=', p.to)
        .where('value', 'is not', null),
    ),
);

export async function findKpiTargetsAndTotals(db: Db, kpiId: number, span: QuarterSpan) {
  const rows = await targetsAndTotalsQuery.execute(db, { kpiId, ...span });
  return {
    targets: rows.flatMap((r) =>
      r.year === null || r.value === null ? [] : [{ year: r.year, value: r.value }],
    ),
    values: rows.flatMap((r) =>
      r.period === null || r.value === null ? [] : [{ period: r.period, value: r.value }],
    ),
  };
}

/** Rows of KPIs per query: one parameter each, far below both databases' limits. */
const KPI_CHUNK = 500;

/** The same rows as findKpiTargetsAndTotals for many KPIs (a batch's answer), with their KPI's id. */
export async function findTargetsAndTotalsOfKpis(db: Db, kpiIds: readonly number[], span: QuarterSpan) {
  const rows = [];
  for (let i = 0; i < kpiIds.length; i += KPI_CHUNK) {
    const chunk = kpiIds.slice(i, i + KPI_CHUNK);
    rows.push(
      ...(await selectRows(
        db,
        db
          .selectFrom('kpiAnnualTarget')
          .select((eb) => [
            'kpiId',
            eb.ref('year').$castTo<number | null>().as('year'),
            sql<string | null>`cast(null as text)`.as('period'),
            eb.ref('value').$castTo<number | null>().as('value'),
          ])
          .where('kpiId', 'in', chunk)
          .unionAll(
            db
              .selectFrom('kpiValue')
              .select(['kpiId', sql<number | null>`cast(null as integer)`.as('year'), 'period', 'value'])
              .where('kpiId', 'in', chunk)
              .where('regionId', 'is', null)
              .where('period', '>=', span.from)
              .where('period', '<=', span.to)
              .where('value', 'is not', null),
          ),
      )),
    );
  }
  return rows;
}

/**
 * Every value (whole KPI and regions) of the KPIs in one quarter, for the entry grid and the quarter's
 * spreadsheets. The two halves are read apart, each by its partial unique index (kpi, period): one query
 * over both matches neither and reads every value of the quarter, whatever the plan's size.
 */
export function findQuarterValues(db: Db, kpiIds: readonly number[], period: string) {
  if (kpiIds.length === 0) return Promise.resolve([]);
  const values = (regional: boolean) =>
    db
      .selectFrom('kpiValue')
      .leftJoin('region', 'region.id', 'kpiValue.regionId')
      .select([
        'kpiValue.id',
        'kpiValue.kpiId',
        'kpiValue.regionId',
        'region.code as regionCode',
        ...VALUE_FIELD_COLUMNS,
      ])
      .where('kpiValue.kpiId', 'in', kpiIds)
      .where('kpiValue.period', '=', period)
      .where('kpiValue.regionId', regional ? 'is not' : 'is', null);
  return values(false).unionAll(values(true)).execute();
}
