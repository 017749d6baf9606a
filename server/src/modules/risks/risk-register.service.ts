// Reading the risk register: the filtered list, one risk with its history, the 5x5 heat map and the top
// risks per Sector (both on confirmed assessments only, whoever asks), and a KPI's linked risks.
import { heatMapCells, rankRisks, withinAppetite } from '@rbm/shared/rbm';
import type {
  KpiRisks,
  RiskDetail,
  RiskHeatMap,
  RiskHeatMapQuery,
  RiskList,
  RiskListQuery,
  RiskSummary,
  TopRisks,
  TopRisksQuery,
} from '@rbm/shared/schemas';
import { notFound } from '../../errors.ts';
import type { ServiceContext, WriteServiceContext } from '../../lib/service-context.ts';
import { resolvePlan } from '../figures/plan-period.ts';
import { findPlanItems, findSector, listSectors } from '../plans/plans.service.ts';
import { accessBySector, CONFIRMED_ONLY } from '../review-scope/unit-access.service.ts';
import * as repo from './risks.repository.ts';
import { toDetail, toSummaries } from './risks.view.ts';

/** Reads know who asks: drafts are shown in the reader's scope only. */
export type RiskReadContext = WriteServiceContext;

async function idOfCode(
  find: () => Promise<{ id: number } | undefined>,
  what: string,
  code: string | undefined,
): Promise<number | undefined> {
  if (code === undefined) return undefined;
  const row = await find();
  if (!row) throw notFound(what, code);
  return row.id;
}

export async function listRisks(ctx: RiskReadContext, input: RiskListQuery): Promise<RiskList> {
  const { db } = ctx;
  const plan = await resolvePlan(ctx, input);
  const targets = await findPlanItems(ctx, {
    planId: plan.id,
    codes: {
      priorities: input.priority === undefined ? [] : [input.priority],
      kpis: input.kpi === undefined ? [] : [input.kpi],
    },
  });
  const [sectorId, priorityId, kpiId] = await Promise.all([
    idOfCode(() => findSector(ctx, input.sector ?? ''), 'Sector', input.sector),
    idOfCode(async () => targets.priorities[0], 'Thematic priority', input.priority),
    idOfCode(async () => targets.kpis[0], 'KPI', input.kpi),
  ]);
  const rows = await repo.findRisks(db, plan.id, {
    sectorId,
    priorityId,
    kpiId,
    category: input.category,
    treatment: input.treatment,
  });
  const access = await accessBySector(db, ctx.actor, plan.id);
  const items = (
    await toSummaries(db, rows, access, plan.riskAppetite, { confirmedOnly: false, period: input.period })
  ).filter((risk) => {
    const residual = risk.latest?.residual;
    if (input.likelihood !== undefined && residual?.likelihood !== input.likelihood) return false;
    if (input.impact !== undefined && residual?.impact !== input.impact) return false;
    if (input.aboveAppetite === undefined) return true;
    return (
      residual !== undefined && withinAppetite(residual.score, plan.riskAppetite) !== input.aboveAppetite
    );
  });
  return { plan: plan.code, appetite: plan.riskAppetite, items };
}

export async function requireRisk(ctx: Pick<RiskReadContext, 'db'>, id: number): Promise<repo.RiskRow> {
  const row = await repo.findRiskById(ctx.db, id);
  if (!row) throw notFound('Risk', id);
  return row;
}

export async function getRisk(ctx: RiskReadContext, input: { id: number }): Promise<RiskDetail> {
  const row = await requireRisk(ctx, input.id);
  const access = await accessBySector(ctx.db, ctx.actor, row.planId);
  return toDetail(ctx.db, row, access(row.sectorId), row.appetite, ctx.now);
}

/** Each risk with its latest confirmed assessment up to `asOf` (all when null); unassessed ones apart. */
async function confirmedRatings(ctx: ServiceContext, rows: readonly repo.RiskRow[], asOf: string | null) {
  const assessments = await repo.findAssessments(
    ctx.db,
    rows.map((r) => r.id),
    true,
  );
  const rated = rows.flatMap((row) => {
    const latest = assessments
      .filter((a) => a.riskId === row.id && (asOf === null || a.period <= asOf))
      .at(-1);
    return latest ? [{ row, assessment: latest }] : [];
  });
  return { rated, unassessed: rows.length - rated.length };
}

/** Whoever asks (confirmed assessments only): the annual report reads it without a reader. */
export async function getRiskHeatMap(ctx: ServiceContext, input: RiskHeatMapQuery): Promise<RiskHeatMap> {
  const plan = await resolvePlan(ctx, input);
  const sectorId = await idOfCode(() => findSector(ctx, input.sector ?? ''), 'Sector', input.sector);
  const rows = await repo.findRisks(ctx.db, plan.id, { sectorId });
  const asOf = input.period ?? null;
  const { rated, unassessed } = await confirmedRatings(ctx, rows, asOf);
  const placed = rated.map(({ row, assessment }) => ({
    ref: { id: row.id, code: row.code, title: row.title, sector: row.sectorCode, period: assessment.period },
    residual: { likelihood: assessment.residualLikelihood, impact: assessment.residualImpact },
  }));
  const cells = heatMapCells(placed, plan.riskAppetite).map((cell) => ({
    likelihood: cell.likelihood,
    impact: cell.impact,
    score: cell.score,
    withinAppetite: cell.withinAppetite,
    count: cell.risks.length,
    risks: cell.risks.map((r) => r.ref),
  }));
  return { plan: plan.code, appetite: plan.riskAppetite, asOf, confirmedOnly: true, cells, unassessed };
}

export async function getTopRisks(ctx: ServiceContext, input: TopRisksQuery): Promise<TopRisks> {
  const plan = await resolvePlan(ctx, input);
  const limit = input.limit ?? 3;
  const [rows, sectors] = await Promise.all([repo.findRisks(ctx.db, plan.id, {}), listSectors(ctx)]);
  const summaries = await toSummaries(ctx.db, rows, () => CONFIRMED_ONLY, plan.riskAppetite, {
    confirmedOnly: true,
  });
  const ranked = rankRisks(
    summaries.flatMap((s) =>
      s.latest ? [{ ...s, residual: s.latest.residual, inherent: s.latest.inherent }] : [],
    ),
  );
  const bySector = sectors.flatMap((sector) => {
    const risks: RiskSummary[] = ranked
      .filter((r) => r.sector.code === sector.code)
      .slice(0, limit)
      .map(({ residual: _r, inherent: _i, ...summary }) => summary);
    return risks.length > 0 ? [{ sector: { code: sector.code, name: sector.name }, risks }] : [];
  });
  return { plan: plan.code, appetite: plan.riskAppetite, confirmedOnly: true, sectors: bySector };
}

export async function listKpiRisks(ctx: RiskReadContext, input: { id: number }): Promise<KpiRisks> {
  const kpi = await repo.findKpiPlan(ctx.db, input.id);
  if (!kpi) throw notFound('KPI', input.id);
  const rows = await repo.findRisks(ctx.db, kpi.planId, { kpiId: kpi.id });
  const access = await accessBySector(ctx.db, ctx.actor, kpi.planId);
  return { items: await toSummaries(ctx.db, rows, access, rows[0]?.appetite ?? 0) };
}

/** The plan's risks with these codes, for the registers that link to risks (unknown codes are left out). */
export async function findRisks(
  ctx: Pick<RiskReadContext, 'db'>,
  input: { planId: number; codes: readonly string[] },
): Promise<{ id: number; code: string }[]> {
  return repo.findRisksByCode(ctx.db, input.planId, input.codes);
}
