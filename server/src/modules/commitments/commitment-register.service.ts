// Reading commitments and actions: the filtered list with its status counts, and one commitment with the
// history of its progress notes; readers outside the owner unit see confirmed notes only.
import { commitmentStatusCounts } from '@rbm/shared/rbm';
import type { CommitmentDetail, CommitmentList, CommitmentListQuery } from '@rbm/shared/schemas';
import { notFound } from '../../errors.ts';
import type { ServiceContext, WriteServiceContext } from '../../lib/service-context.ts';
import { resolvePlan } from '../figures/plan-period.ts';
import { accessBySector, CONFIRMED_ONLY } from '../review-scope/unit-access.service.ts';
import * as repo from './commitments.repository.ts';
import { toDetail, toSummaries, today } from './commitments.view.ts';
import { findSector } from '../plans/plans.service.ts';

export async function listCommitments(
  ctx: WriteServiceContext,
  input: CommitmentListQuery,
): Promise<CommitmentList> {
  const plan = await resolvePlan(ctx, input);
  let sectorId: number | undefined;
  if (input.sector !== undefined) {
    const unit = await findSector(ctx, input.sector);
    if (!unit) throw notFound('Unit', input.sector);
    sectorId = unit.id;
  }
  const rows = await repo.findCommitments(ctx.db, plan.id, {
    source: input.source,
    year: input.year,
    sectorId,
    pillar: input.pillar,
    horizon: input.horizon,
    reach: input.reach,
  });
  const access = await accessBySector(ctx.db, ctx.actor, plan.id);
  const summaries = await toSummaries(ctx.db, rows, access, ctx.now);
  // a commitment without a note the reader may see is still listed (it is a decision of the retreat), with
  // no status: the Council never learns a status before a reviewer confirms it
  const items = summaries
    .filter(
      (c) =>
        (input.status === undefined || c.progress?.status === input.status) &&
        (input.overdue === undefined || c.overdue === input.overdue),
    )
    .map(({ history: _h, ...summary }) => summary);
  return {
    plan: plan.code,
    today: today(ctx.now),
    items,
    counts: commitmentStatusCounts(items.map((c) => c.progress?.status ?? null)),
  };
}

export async function requireCommitment(ctx: Pick<WriteServiceContext, 'db'>, id: number) {
  const row = await repo.findCommitmentById(ctx.db, id);
  if (!row) throw notFound('Commitment', id);
  return row;
}

export async function getCommitment(
  ctx: WriteServiceContext,
  input: { id: number },
): Promise<CommitmentDetail> {
  const row = await requireCommitment(ctx, input.id);
  const access = (await accessBySector(ctx.db, ctx.actor, row.planId))(row.sectorId);
  return toDetail(ctx.db, row, access, ctx.now);
}

/**
 * Every commitment of the plan with its latest confirmed progress note, whoever asks (the annual report, the
 * published one): a draft note never shows, and a commitment without a confirmed note has no status.
 */
export async function listConfirmedCommitments(
  ctx: ServiceContext,
  input: { plan?: string | undefined },
): Promise<Pick<CommitmentList, 'counts' | 'items'>> {
  const plan = await resolvePlan(ctx, input);
  const rows = await repo.findCommitments(ctx.db, plan.id, {});
  const items = (await toSummaries(ctx.db, rows, () => CONFIRMED_ONLY, ctx.now)).map(
    ({ history: _h, ...summary }) => summary,
  );
  return { items, counts: commitmentStatusCounts(items.map((c) => c.progress?.status ?? null)) };
}
