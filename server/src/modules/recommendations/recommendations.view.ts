// Recommendation rows as API objects, each with the states its reader may see: drafts only for readers in
// the responsible unit's scope (review-scope/unit-access.service.ts), so the Council sees confirmed states only.
import { isOverdue, type Acceptance, type Implementation } from '@rbm/shared/rbm';
import type { RecommendationDetail, RecommendationStatus, RecommendationSummary } from '@rbm/shared/schemas';
import type { Db } from '../../db/connection.ts';
import type { UnitAccess } from '../review-scope/unit-access.service.ts';
import * as repo from './recommendations.repository.ts';

export type Access = UnitAccess;

export const today = (now: Date) => now.toISOString().slice(0, 10);

export function toStatus(row: repo.StateRow, reportDate: string, now: Date): RecommendationStatus {
  const facts = {
    acceptance: row.acceptance as Acceptance,
    implementation: row.implementation as Implementation,
    targetDate: row.targetDate,
  };
  return {
    ...facts,
    evidence: JSON.parse(row.evidence) as string[],
    note: row.note,
    state: row.state as RecommendationStatus['state'],
    overdue: isOverdue({ ...facts, body: '', reportDate }, today(now)),
    proposedBy: row.proposerName,
    proposedAt: row.proposedAt,
    confirmedBy: row.confirmerName,
    confirmedAt: row.confirmedAt,
  };
}

/** Summaries with the latest state each reader may see; `history` keeps every visible state. */
export async function toSummaries(
  db: Db,
  rows: readonly repo.RecommendationRow[],
  access: (sectorId: number) => Access,
  now: Date,
  options: { confirmedOnly: boolean } = { confirmedOnly: false },
): Promise<(RecommendationSummary & { history: RecommendationStatus[] })[]> {
  const ids = rows.map((r) => r.id);
  const noDrafts = options.confirmedOnly || rows.every((r) => !access(r.sectorId).drafts);
  const [links, states] = await Promise.all([
    repo.findLinkCodes(db, ids),
    repo.findStates(db, ids, noDrafts),
  ]);
  return rows.map((row) => {
    const drafts = !options.confirmedOnly && access(row.sectorId).drafts;
    const history = states
      .filter((s) => s.recommendationId === row.id && (s.state === 'confirmed' || drafts))
      .map((s) => toStatus(s, row.reportDate, now));
    return {
      id: row.id,
      body: row.body as RecommendationSummary['body'],
      reportRef: row.reportRef,
      reportDate: row.reportDate,
      number: row.number,
      text: row.text,
      addressee: row.addressee as RecommendationSummary['addressee'],
      priority: row.priority as RecommendationSummary['priority'],
      sector: { code: row.sectorCode, name: row.sectorName },
      priorities: links.priorities.filter((l) => l.recommendationId === row.id).map((l) => l.code),
      kpis: links.kpis.filter((l) => l.recommendationId === row.id).map((l) => l.code),
      risks: links.risks.filter((l) => l.recommendationId === row.id).map((l) => l.code),
      status: history.at(-1) ?? null,
      history,
    };
  });
}

export async function toDetail(
  db: Db,
  row: repo.RecommendationRow,
  access: Access,
  now: Date,
): Promise<RecommendationDetail> {
  const [summary] = await toSummaries(db, [row], () => access, now);
  if (!summary) throw new Error(`Recommendation ${row.id} has no summary`);
  return {
    ...summary,
    plan: row.planCode,
    version: row.version,
    canEdit: access.edit,
    canConfirm: access.confirm,
  };
}
