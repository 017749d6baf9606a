// Reading the compliance dashboard: the filtered list, one recommendation with its history, and the rates
// (by body and report year, ageing, the overdue list per unit) on confirmed states only, whoever asks.
import { OVERSIGHT_BODIES, isOverdue, ratesBy, recommendationRates } from '@rbm/shared/rbm';
import type {
  RecommendationDetail,
  RecommendationList,
  RecommendationListQuery,
  RecommendationRates,
  RecommendationRatesQuery,
} from '@rbm/shared/schemas';
import { notFound } from '../../errors.ts';
import type { ServiceContext, WriteServiceContext } from '../../lib/service-context.ts';
import { resolvePlan } from '../figures/plan-period.ts';
import { findSector, listSectors } from '../plans/plans.service.ts';
import { accessBySector, CONFIRMED_ONLY } from '../review-scope/unit-access.service.ts';
import * as repo from './recommendations.repository.ts';
import { toDetail, toSummaries, today } from './recommendations.view.ts';

export async function listRecommendations(
  ctx: WriteServiceContext,
  input: RecommendationListQuery,
): Promise<RecommendationList> {
  const plan = await resolvePlan(ctx, input);
  let sectorId: number | undefined;
  if (input.sector !== undefined) {
    const sector = await findSector(ctx, input.sector);
    if (!sector) throw notFound('Unit', input.sector);
    sectorId = sector.id;
  }
  const rows = await repo.findRecommendations(ctx.db, plan.id, {
    body: input.body,
    year: input.year,
    sectorId,
  });
  const access = await accessBySector(ctx.db, ctx.actor, plan.id);
  const summaries = await toSummaries(ctx.db, rows, access, ctx.now);
  const items = summaries
    .filter(({ status }) => {
      // a recommendation without a state the reader may see is not listed (the Council: never confirmed)
      if (status === null) return false;
      if (input.acceptance !== undefined && status.acceptance !== input.acceptance) return false;
      if (input.implementation !== undefined && status.implementation !== input.implementation) return false;
      return input.overdue === undefined || status.overdue === input.overdue;
    })
    .map(({ history: _h, ...summary }) => summary);
  return { plan: plan.code, today: today(ctx.now), items };
}

export async function requireRecommendation(ctx: Pick<WriteServiceContext, 'db'>, id: number) {
  const row = await repo.findRecommendationById(ctx.db, id);
  if (!row) throw notFound('Recommendation', id);
  return row;
}

export async function getRecommendation(
  ctx: WriteServiceContext,
  input: { id: number },
): Promise<RecommendationDetail> {
  const row = await requireRecommendation(ctx, input.id);
  const access = (await accessBySector(ctx.db, ctx.actor, row.planId))(row.sectorId);
  const detail = await toDetail(ctx.db, row, access, ctx.now);
  // never confirmed and outside the reader's scope: as if it did not exist
  if (detail.status === null && !access.drafts) throw notFound('Recommendation', input.id);
  return detail;
}

/** Whoever asks (confirmed states only): the annual report reads it without a reader. */
export async function getRecommendationRates(
  ctx: ServiceContext,
  input: RecommendationRatesQuery,
): Promise<RecommendationRates> {
  const plan = await resolvePlan(ctx, input);
  const day = today(ctx.now);
  const [rows, sectors] = await Promise.all([
    repo.findRecommendations(ctx.db, plan.id, {}),
    listSectors(ctx),
  ]);
  const summaries = await toSummaries(ctx.db, rows, () => CONFIRMED_ONLY, ctx.now, { confirmedOnly: true });
  const rated = summaries.flatMap((s) => (s.status ? [{ ...s, ...s.status, body: s.body }] : []));
  const years = [...new Set(rated.map((r) => Number(r.reportDate.slice(0, 4))))].sort((a, b) => a - b);
  const overdue = rated.filter((r) => isOverdue(r, day));
  return {
    plan: plan.code,
    today: day,
    confirmedOnly: true,
    overall: recommendationRates(rated, day),
    byBody: ratesBy(rated, (r) => r.body, OVERSIGHT_BODIES, day).map(({ key, rates }) => ({
      body: key,
      rates,
    })),
    byYear: ratesBy(rated, (r) => Number(r.reportDate.slice(0, 4)), years, day).map(({ key, rates }) => ({
      year: key,
      rates,
    })),
    byUnit: ratesBy(
      rated,
      (r) => r.sector.code,
      sectors.map((s) => s.code),
      day,
    ).map(({ key, rates }) => ({
      sector: sectors.find((s) => s.code === key) ?? { code: key, name: key },
      rates,
    })),
    overdueByUnit: sectors.flatMap((sector) => {
      const items = overdue
        .filter((r) => r.sector.code === sector.code)
        .map((r) => ({
          id: r.id,
          body: r.body,
          reportRef: r.reportRef,
          number: r.number,
          targetDate: r.targetDate,
        }));
      return items.length > 0 ? [{ sector: { code: sector.code, name: sector.name }, items }] : [];
    }),
  };
}
