// KPIs as the API shows them: the filtered list with each KPI's latest status, and one KPI's whole
// story (definition, targets and their revisions, series per quarter and year, regions, forecast).
import { SOURCE_STATUSES, type Status } from '@rbm/shared';
import {
  annualTarget,
  assessPrepared,
  DEFAULT_HORIZON_YEAR,
  forecastAnyKpi,
  lastCompleteQuarterIndex,
  latestDuePeriod,
  planQuarters,
  planYears,
  type KpiAssessment,
  type PreparedKpi,
} from '@rbm/shared/rbm';
import type { KpiDetail, KpiList, KpiSummary, SeriesPoint } from '@rbm/shared/schemas';
import type { PlanRow } from '../../db/schema.ts';
import { notFound } from '../../errors.ts';
import { asEnum } from '../../lib/enums.ts';
import {
  figuresBasis,
  measurementOf,
  openFigures,
  type FiguresContext,
  type MeasuredKpi,
  type PlanMeasurement,
} from '../figures/figures.service.ts';
import { requirePlan } from '../plans/plans.service.ts';
import { createLocalizer, type Localizer } from '../translations/localizer.ts';
import * as repo from './kpis.repository.ts';

export interface KpiListFilters {
  plan?: string;
  sector?: string;
  priority?: string;
  region?: string;
  status?: Status[];
  q?: string;
  page?: number;
  pageSize?: number;
}

/** The figures' context; its `scope` keeps drafts to the KPIs of the user's priorities. */
type Context = FiguresContext;

function latestAssessment(kpi: MeasuredKpi, measurement: PlanMeasurement, now: Date): KpiAssessment {
  const period = latestDuePeriod(kpi.rbm, measurement.rbmPlan, now);
  return assessPrepared(kpi.total, period, lastCompleteQuarterIndex(now));
}

async function summaries(ctx: Context, plan: PlanRow, measurement: PlanMeasurement, t: Localizer) {
  const priorities = await repo.findPlanPriorities(ctx.db, plan.id);
  const priorityCode = new Map(priorities.map((p) => [p.id, p.code]));
  const sourceStatus = new Map((await repo.findKpiSources(ctx.db, plan.id)).map((k) => [k.id, k]));
  return measurement.kpis.map((kpi): KpiSummary & { sectorIds: number[] } => {
    const source = sourceStatus.get(kpi.id);
    return {
      id: kpi.id,
      code: kpi.code,
      name: t.text('kpi', kpi.id, 'name', kpi.name),
      unit: kpi.rbm.unit,
      direction: kpi.rbm.direction,
      aggregation: kpi.rbm.aggregation,
      frequency: kpi.rbm.frequency,
      byRegion: kpi.byRegion,
      plan: plan.code,
      ownerPriority: kpi.ownerPriorityCode,
      sector: kpi.ownerSectorCode,
      priorities: kpi.priorityIds.map((id) => priorityCode.get(id) ?? '').filter((c) => c !== ''),
      latest: latestAssessment(kpi, measurement, ctx.now),
      sourceStatus: asEnum(SOURCE_STATUSES, source?.sourceStatus ?? 'demo', 'kpi.source_status'),
      sourceUrl: source?.sourceUrl ?? null,
      sectorIds: kpi.sectorIds,
    };
  });
}

export async function listKpis(ctx: Context, filters: KpiListFilters): Promise<KpiList> {
  const { plan, measurement } = await openFigures(ctx, filters);
  const [t, sectors] = await Promise.all([
    createLocalizer(ctx.db, ctx.language, ['kpi']),
    repo.findSectorCodes(ctx.db),
  ]);
  const sectorId = new Map(sectors.map((s) => [s.code, s.id]));
  const q = filters.q?.trim().toLowerCase();
  const all = await summaries(ctx, plan, measurement, t);
  const matching = all.filter(
    (k) =>
      (filters.sector === undefined || k.sectorIds.includes(sectorId.get(filters.sector) ?? -1)) &&
      (filters.priority === undefined || k.priorities.includes(filters.priority)) &&
      (filters.region === undefined || k.byRegion) &&
      (filters.status === undefined || filters.status.includes(k.latest.status)) &&
      (!q ||
        k.code.toLowerCase().includes(q) ||
        k.name.text.toLowerCase().includes(q) ||
        (measurement.byId.get(k.id)?.name.toLowerCase().includes(q) ?? false)),
  );
  const page = filters.page ?? 1;
  const pageSize = filters.pageSize ?? 50;
  const items = matching.slice((page - 1) * pageSize, page * pageSize).map(({ sectorIds: _omit, ...k }) => k);
  return {
    items,
    total: matching.length,
    page,
    pageSize,
    basis: figuresBasis(ctx.visibility, 'latest', ctx.now),
  };
}

function seriesOf(
  prepared: PreparedKpi,
  kpi: MeasuredKpi,
  plan: PlanMeasurement['rbmPlan'],
  stateOf: (period: string) => SeriesPoint['state'],
  now: Date,
) {
  const last = lastCompleteQuarterIndex(now);
  const point = (period: string, year: number): SeriesPoint => {
    const assessment = assessPrepared(prepared, period, last);
    return {
      ...assessment,
      state: assessment.actual === null ? null : stateOf(period),
      target: annualTarget(kpi.rbm, plan, year),
    };
  };
  return {
    quarters: planQuarters(plan).map((period) => point(period, Number(period.slice(0, 4)))),
    years: planYears(plan).map((year) => point(String(year), year)),
  };
}

export async function getKpiDetail(ctx: Context, id: number): Promise<KpiDetail> {
  const row = await repo.findKpi(ctx.db, id);
  if (!row) throw notFound('KPI', id);
  const plan = await requirePlan(ctx.db, row.planCode);
  const [measurement, outcomes, targets, themes, revisions, valueStates, t] = await Promise.all([
    measurementOf(ctx, plan),
    repo.findKpiOutcomes(ctx.db, id),
    repo.findKpiTargets(ctx.db, id),
    repo.findKpiThemes(ctx.db, id),
    repo.findTargetRevisions(ctx.db, id),
    repo.findKpiValueStates(ctx.db, id),
    createLocalizer(ctx.db, ctx.language, ['kpi', 'outcome', 'target', 'intersectoral_theme']),
  ]);
  const kpi = measurement.byId.get(id);
  if (!kpi) throw notFound('KPI', id); // inactive KPIs are not measured
  const [summary] = (await summaries(ctx, plan, { ...measurement, kpis: [kpi] }, t)).map(
    ({ sectorIds: _omit, ...k }) => k,
  );
  const states = new Map(valueStates.map((v) => [`${v.regionId ?? ''}|${v.period}`, v.state]));
  const stateFor = (regionId: number | null) => (period: string) => {
    const state = states.get(`${regionId ?? ''}|${period}`);
    return state === 'draft' || state === 'submitted' || state === 'approved' ? state : null;
  };
  // every KPI with enough data: a level's trend, or a sum KPI's yearly totals (shared/src/rbm/outlook.ts)
  const forecast = forecastAnyKpi(kpi.rbm, measurement.rbmPlan, kpi.totalActuals, {
    horizonYear: DEFAULT_HORIZON_YEAR,
  });

  return {
    ...(summary as KpiSummary),
    definition: t.optional('kpi', id, 'definition', row.definition),
    baseline: kpi.rbm.baseline,
    tolerance: row.tolerance,
    weight: row.weight,
    dataSource: row.dataSource,
    ownerUnit: row.ownerUnit,
    outcomes: outcomes.map((o) => ({
      code: o.code,
      name: t.text('outcome', o.id, 'name', o.name),
      priority: o.priorityCode,
    })),
    targets: targets.map((g) => ({
      code: g.code,
      name: t.text('target', g.id, 'name', g.name),
      goal: g.goalCode,
    })),
    themes: themes.map((th) => ({
      code: th.code,
      name: t.text('intersectoral_theme', th.id, 'name', th.name),
    })),
    regions: kpi.byRegion ? measurement.regions.map((r) => r.code) : [],
    annualTargets: [...kpi.rbm.annualTargets],
    revisions: revisions.map((r) => ({ ...r, revisedBy: r.revisedBy ?? null })),
    series: seriesOf(kpi.total, kpi, measurement.rbmPlan, stateFor(null), ctx.now),
    regionalSeries: measurement.regions.flatMap((region) => {
      const prepared = kpi.regional.get(region.id);
      return prepared
        ? [
            {
              region: region.code,
              quarters: seriesOf(prepared, kpi, measurement.rbmPlan, stateFor(region.id), ctx.now).quarters,
            },
          ]
        : [];
    }),
    forecast: forecast && {
      slopePerYear: forecast.slopePerYear,
      projectedAtPlanEnd: forecast.projectedAtPlanEnd,
      projectedAtHorizon: forecast.projectedAtHorizon,
      horizonYear: DEFAULT_HORIZON_YEAR,
      endTarget: forecast.endTarget,
      meetsEndTarget: forecast.meetsEndTarget,
      crossingYear: forecast.crossingYear,
      line: forecast.line,
    },
    basis: figuresBasis(ctx.visibility, 'series', ctx.now),
  };
}
