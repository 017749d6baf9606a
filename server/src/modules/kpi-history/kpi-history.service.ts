// A KPI's notes, review narratives and change history. Approved-only by default, so whoever may read
// only published figures (the Council) never sees a number that is not approved: notes of approved
// values, approved reviews, their approve / reopen decisions, target revisions and definition changes.
import type { KpiHistory, KpiHistoryEntry, KpiNarrative, KpiNote } from '@rbm/shared/schemas';
import { REVIEW_RATINGS } from '@rbm/shared/schemas';
import { REVIEW_STATUSES, VALUE_STATES } from '@rbm/shared';
import type { ServiceContext } from '../../lib/service-context.ts';
import { notFound } from '../../errors.ts';
import * as repo from './kpi-history.repository.ts';

const HISTORY_LIMIT = 200;
/** Review steps that carry no unapproved figure: shown to everyone. */
const PUBLISHED_REVIEW_ACTIONS = ['approve', 'reopen'] as const;

function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;
}

function parseSnapshot(json: string | null): unknown {
  if (json === null) return null;
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return json;
  }
}

export async function getKpiHistory(
  ctx: ServiceContext,
  input: { id: number; includeUnapproved: boolean },
): Promise<KpiHistory> {
  const { db } = ctx;
  const { id, includeUnapproved } = input;
  const kpi = await repo.findKpi(db, id);
  if (!kpi) throw notFound('KPI', id);
  const [values, reviews, targetYears] = await Promise.all([
    repo.findValues(db, id),
    repo.findReviews(db, kpi.ownerPriorityId, !includeUnapproved),
    repo.findTargetYears(db, id),
  ]);
  const visible = values.filter((v) => includeUnapproved || v.state === 'approved');

  const notes: KpiNote[] = [];
  for (const value of visible) {
    const state = oneOf(VALUE_STATES, value.state);
    if (value.note !== null && value.note.trim() !== '' && state !== null)
      notes.push({ period: value.period, region: value.region, note: value.note, state });
  }

  const narratives: KpiNarrative[] = [];
  for (const review of reviews) {
    const status = oneOf(REVIEW_STATUSES, review.status);
    if (status === null) continue;
    narratives.push({
      period: review.period,
      status,
      rating: oneOf(REVIEW_RATINGS, review.rating),
      achievements: review.achievements,
      challenges: review.challenges,
      improvements: review.improvements,
      comment: review.comment,
      decidedAt: review.decidedAt,
      decidedBy: review.decidedBy,
    });
  }

  const valueById = new Map(values.map((v) => [String(v.id), v]));
  const reviewById = new Map(reviews.map((r) => [String(r.id), r]));
  const rows = await repo.findHistory(
    db,
    [
      { entity: 'kpi', ids: [String(id)] },
      { entity: 'kpi_annual_target', ids: targetYears.map((t) => `${id}:${t.year}`) },
      {
        entity: 'quarterly_review',
        ids: [...reviewById.keys()],
        actions: includeUnapproved ? undefined : PUBLISHED_REVIEW_ACTIONS,
      },
      ...(includeUnapproved ? [{ entity: 'kpi_value', ids: [...valueById.keys()] }] : []),
    ],
    HISTORY_LIMIT,
  );
  const entries: KpiHistoryEntry[] = rows.map((row) => {
    const value = row.entity === 'kpi_value' ? valueById.get(row.entityId) : undefined;
    const review = row.entity === 'quarterly_review' ? reviewById.get(row.entityId) : undefined;
    const year = row.entity === 'kpi_annual_target' ? (row.entityId.split(':')[1] ?? null) : null;
    return {
      id: row.id,
      at: row.at,
      actor: row.actor,
      action: row.action,
      entity: row.entity as KpiHistoryEntry['entity'],
      period: value?.period ?? review?.period ?? year,
      region: value?.region ?? null,
      before: parseSnapshot(row.beforeJson),
      after: parseSnapshot(row.afterJson),
      reason: row.reason,
    };
  });

  return {
    kpi: { id: kpi.id, code: kpi.code, priority: kpi.priorityCode },
    values: includeUnapproved ? 'unapproved' : 'approved',
    notes,
    narratives,
    entries,
  };
}
