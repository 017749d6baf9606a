// Commitment rows as API objects, each with the progress notes its reader may see: drafts only for readers
// in the owner unit's scope (the scope rule of the risk register), so the Council sees confirmed ones only.
import { isCommitmentOverdue, type CommitmentStatus } from '@rbm/shared/rbm';
import type {
  CommitmentDetail,
  CommitmentProgress,
  CommitmentSummary,
  CommitmentTitle,
} from '@rbm/shared/schemas';
import type { Db } from '../../db/connection.ts';
import type { UnitAccess } from '../review-scope/unit-access.service.ts';
import * as repo from './commitments.repository.ts';

export type Access = UnitAccess;

export const today = (now: Date) => now.toISOString().slice(0, 10);

function toProgress(row: repo.ProgressRow): CommitmentProgress {
  return {
    period: row.period,
    status: row.status as CommitmentStatus,
    note: row.note,
    state: row.state as CommitmentProgress['state'],
    proposedBy: row.proposerName,
    proposedAt: row.proposedAt,
    confirmedBy: row.confirmerName,
    confirmedAt: row.confirmedAt,
  };
}

/** Summaries with the latest progress each reader may see; `history` keeps every visible note. */
export async function toSummaries(
  db: Db,
  rows: readonly repo.CommitmentRow[],
  access: (sectorId: number) => Access,
  now: Date,
): Promise<(CommitmentSummary & { history: CommitmentProgress[] })[]> {
  const ids = rows.map((r) => r.id);
  const noDrafts = rows.every((r) => !access(r.sectorId).drafts);
  const [links, progress] = await Promise.all([
    repo.findLinkCodes(db, ids),
    repo.findProgress(db, ids, noDrafts),
  ]);
  return rows.map((row) => {
    const drafts = access(row.sectorId).drafts;
    const history = progress
      .filter((p) => p.commitmentId === row.id && (p.state === 'confirmed' || drafts))
      .map(toProgress);
    const latest = history.at(-1) ?? null;
    return {
      id: row.id,
      code: row.code,
      source: row.source as CommitmentSummary['source'],
      sourceName: row.sourceName,
      sourceYear: row.sourceYear,
      title: JSON.parse(row.title) as CommitmentTitle,
      reach: row.reach as CommitmentSummary['reach'],
      horizon: row.horizon as CommitmentSummary['horizon'],
      pillar: row.pillar as CommitmentSummary['pillar'],
      dueDate: row.dueDate,
      sector: { code: row.sectorCode, name: row.sectorName },
      priorities: links.priorities.filter((l) => l.commitmentId === row.id).map((l) => l.code),
      kpis: links.kpis.filter((l) => l.commitmentId === row.id).map((l) => l.code),
      risks: links.risks.filter((l) => l.commitmentId === row.id).map((l) => l.code),
      progress: latest,
      overdue: isCommitmentOverdue({ status: latest?.status ?? null, dueDate: row.dueDate }, today(now)),
      canEdit: access(row.sectorId).edit,
      canConfirm: access(row.sectorId).confirm,
      history,
    };
  });
}

export async function toDetail(
  db: Db,
  row: repo.CommitmentRow,
  access: Access,
  now: Date,
): Promise<CommitmentDetail> {
  const [summary] = await toSummaries(db, [row], () => access, now);
  if (!summary) throw new Error(`Commitment ${row.id} has no summary`);
  return {
    ...summary,
    plan: row.planCode,
    version: row.version,
  };
}
