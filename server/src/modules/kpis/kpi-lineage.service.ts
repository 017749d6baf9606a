// A KPI continued across plans, for its page: the chain of `continues_kpi_id` back to the earliest plan (each
// predecessor with its approved quarterly values and its own plan's targets) and forward to the latest. Always
// the approved figures (visibility `approved`): the Council never sees an unapproved number, and the page shows
// what the Council sees. A successor in a draft plan is named only to those who see drafts.
import type { KpiLineage, KpiLineageLink, KpiLineagePredecessor } from '@rbm/shared/schemas';
import { notFound } from '../../errors.ts';
import type { FiguresContext } from '../figures/figures.service.ts';
import { createLocalizer, type Localizer } from '../translations/localizer.ts';
import * as repo from './kpis.repository.ts';
import { getKpiDetail } from './kpis.service.ts';

/** Plans are a short sequence; a longer chain can only be a loop in bad data. */
const MAX_CHAIN = 20;

type ChainRow = NonNullable<Awaited<ReturnType<typeof repo.findKpiInChain>>>;

export interface KpiLineageInput {
  id: number;
  /** Whether the asker sees draft plans (plans/plan-status.ts seesDraftPlans). */
  seesDrafts: boolean;
}

const link = (row: ChainRow, t: Localizer): KpiLineageLink => ({
  id: row.id,
  code: row.code,
  name: t.text('kpi', row.id, 'name', row.name),
  plan: { code: row.planCode, startYear: row.startYear, endYear: row.endYear },
});

async function predecessorsOf(
  ctx: FiguresContext,
  start: ChainRow,
  seesDrafts: boolean,
): Promise<ChainRow[]> {
  const chain: ChainRow[] = [];
  const seen = new Set([start.id]);
  let next = start.continuesKpiId;
  while (next !== null && !seen.has(next) && chain.length < MAX_CHAIN) {
    seen.add(next);
    const row = await repo.findKpiInChain(ctx.db, next);
    if (!row || (row.planStatus === 'draft' && !seesDrafts)) break;
    chain.unshift(row);
    next = row.continuesKpiId;
  }
  return chain;
}

async function successorsOf(ctx: FiguresContext, start: ChainRow, seesDrafts: boolean): Promise<ChainRow[]> {
  const chain: ChainRow[] = [];
  const seen = new Set([start.id]);
  let current: ChainRow | undefined = start;
  while (current && chain.length < MAX_CHAIN) {
    const candidates: ChainRow[] = await repo.findKpiContinuations(ctx.db, current.id);
    current = candidates.find((row) => !seen.has(row.id) && (row.planStatus !== 'draft' || seesDrafts));
    if (current) {
      seen.add(current.id);
      chain.push(current);
    }
  }
  return chain;
}

/** The predecessor's quarters up to the last due one, approved values with their plan's annual targets. */
async function quartersOf(ctx: FiguresContext, row: ChainRow): Promise<KpiLineagePredecessor['quarters']> {
  // a KPI made inactive in its plan is not measured: it keeps its place in the chain, without values
  if (row.active !== 1) return [];
  const detail = await getKpiDetail({ ...ctx, visibility: 'approved', scope: null }, row.id);
  return detail.series.quarters
    .filter((q) => q.due || q.actual !== null)
    .map((q) => ({ period: q.period, actual: q.actual, status: q.status, target: q.target }));
}

export async function getKpiLineage(ctx: FiguresContext, input: KpiLineageInput): Promise<KpiLineage> {
  const row = await repo.findKpiInChain(ctx.db, input.id);
  if (!row) throw notFound('KPI', input.id);
  const [before, after, t] = await Promise.all([
    predecessorsOf(ctx, row, input.seesDrafts),
    successorsOf(ctx, row, input.seesDrafts),
    createLocalizer(ctx.db, ctx.language, ['kpi']),
  ]);
  const predecessors = await Promise.all(
    before.map(async (p) => ({ ...link(p, t), quarters: await quartersOf(ctx, p) })),
  );
  return { kpi: link(row, t), predecessors, successors: after.map((s) => link(s, t)) };
}
