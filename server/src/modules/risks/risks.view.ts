// The risk's rows as API objects, with what its reader may see and do (the unit scope rule of
// review-scope/unit-access.service.ts): draft assessments only in scope, so the Council sees confirmed ones.
import {
  isActionOverdue,
  isDemoRisk,
  riskScore,
  withinAppetite,
  type MitigationStatus,
} from '@rbm/shared/rbm';
import type { RiskAssessment, RiskDetail, RiskSummary } from '@rbm/shared/schemas';
import type { Db } from '../../db/connection.ts';
import type { UnitAccess } from '../review-scope/unit-access.service.ts';
import * as repo from './risks.repository.ts';

export function toAssessment(row: repo.AssessmentRow, appetite: number): RiskAssessment {
  const inherent = { likelihood: row.inherentLikelihood, impact: row.inherentImpact };
  const residual = { likelihood: row.residualLikelihood, impact: row.residualImpact };
  const residualScore = riskScore(residual);
  return {
    period: row.period,
    state: row.state as RiskAssessment['state'],
    inherent: { ...inherent, score: riskScore(inherent) },
    residual: { ...residual, score: residualScore },
    withinAppetite: withinAppetite(residualScore, appetite),
    note: row.note,
    assessedBy: row.assessorName,
    assessedAt: row.assessedAt,
    confirmedBy: row.confirmerName,
    confirmedAt: row.confirmedAt,
  };
}

/**
 * The summaries of risk rows, each with the latest assessment its reader may see (or, given a period, the
 * assessment of that quarter if the reader may see it).
 */
export async function toSummaries(
  db: Db,
  rows: readonly repo.RiskRow[],
  access: (sectorId: number) => UnitAccess,
  appetite: number,
  options: { confirmedOnly: boolean; period?: string } = { confirmedOnly: false },
): Promise<RiskSummary[]> {
  const ids = rows.map((r) => r.id);
  const [links, assessments] = await Promise.all([
    repo.findLinkCodes(db, ids),
    repo.findAssessments(db, ids, options.confirmedOnly || rows.every((r) => !access(r.sectorId).drafts)),
  ]);
  return rows.map((row) => {
    const visible = assessments.filter(
      (a) =>
        a.riskId === row.id &&
        (a.state === 'confirmed' || access(row.sectorId).drafts) &&
        (options.period === undefined || a.period === options.period),
    );
    const latest = visible.at(-1);
    return {
      id: row.id,
      code: row.code,
      title: row.title,
      category: row.category as RiskSummary['category'],
      sector: { code: row.sectorCode, name: row.sectorName },
      focalPoint: row.focalPoint,
      treatment: row.treatment as RiskSummary['treatment'],
      priorities: links.priorities.filter((l) => l.riskId === row.id).map((l) => l.code),
      kpis: links.kpis.filter((l) => l.riskId === row.id).map((l) => l.code),
      demo: isDemoRisk(row.description),
      latest: latest ? toAssessment(latest, appetite) : null,
    };
  });
}

export async function toDetail(
  db: Db,
  row: repo.RiskRow,
  access: UnitAccess,
  appetite: number,
  now: Date,
): Promise<RiskDetail> {
  const [[summary], links, actions, assessments] = await Promise.all([
    toSummaries(db, [row], () => access, appetite),
    repo.findLinkCodes(db, [row.id]),
    repo.findActions(db, row.id),
    repo.findAssessments(db, [row.id], !access.drafts),
  ]);
  if (!summary) throw new Error(`Risk ${row.code} has no summary`);
  return {
    ...summary,
    plan: row.planCode,
    description: row.description,
    outcomes: links.outcomes.map((l) => l.code),
    actions: actions.map((a) => ({
      ...a,
      status: a.status as MitigationStatus,
      overdue: isActionOverdue({ dueDate: a.dueDate, status: a.status as MitigationStatus }, now),
    })),
    assessments: assessments.map((a) => toAssessment(a, appetite)),
    appetite,
    version: row.version,
    canEdit: access.edit,
    canConfirm: access.confirm,
  };
}
