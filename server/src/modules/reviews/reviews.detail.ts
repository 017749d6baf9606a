// One review as the API shows it: its narrative and the value of every KPI the priority owns (a
// priority-quarter without a record yet is `open`; nothing is written on a read).
import { REVIEW_RATINGS, type ReviewDetail, type ReviewKpi } from '@rbm/shared/schemas';
import { asEnum } from '../../lib/enums.ts';
import { ownedKpis, type QuarterContext, type ReviewScope } from '../review-scope/review-scope.service.ts';
import { createLocalizer } from '../translations/localizer.ts';
import { findActionItems, findReviewDecisions } from './action-items.repository.ts';
import { toActionItem } from './action-items.service.ts';
import { countKpis, reviewKpiRow, toDecision } from './reviews.kpi-rows.ts';
import * as repo from './reviews.repository.ts';
import { statusOf, toSummary, usernamesOf } from './reviews.summary.ts';

/** One review with its narrative and the value of every KPI the priority owns, read as it is now. */
export async function loadReview(ctx: QuarterContext, scope: ReviewScope): Promise<ReviewDetail> {
  const { db } = ctx;
  const { plan, priority, period } = scope;
  const measurement = await ctx.measurements.get(db, plan, 'all');
  const kpis = ownedKpis(measurement, priority.id);
  const [review, values, t] = await Promise.all([
    repo.findReview(db, priority.id, period),
    repo.findValues(
      db,
      kpis.map((k) => k.id),
      { period, totalsOnly: true },
    ),
    createLocalizer(db, ctx.language, ['thematic_priority', 'sector', 'kpi']),
  ]);
  const valueOf = new Map(values.map((v) => [v.kpiId, v]));
  const rows: ReviewKpi[] = kpis.map((kpi) =>
    reviewKpiRow(kpi, measurement, period, valueOf.get(kpi.id), t, ctx.now),
  );
  const [items, decisions] = await Promise.all([
    findActionItems(db, priority.id, period),
    review ? findReviewDecisions(db, review.id) : Promise.resolve([]),
  ]);
  const summary = toSummary({
    plan,
    priority,
    period,
    review,
    counts: countKpis(
      rows.filter((r) => r.due),
      statusOf(review),
    ),
    usernames: await usernamesOf(db, [review]),
    t,
  });
  return {
    ...summary,
    narrative: {
      rating: review?.rating ? asEnum(REVIEW_RATINGS, review.rating, 'quarterly_review.rating') : null,
      achievements: review?.achievements ?? null,
      challenges: review?.challenges ?? null,
      improvements: review?.improvements ?? null,
    },
    comment: review?.comment ?? null,
    kpis: rows,
    actionItems: items.map((item) => toActionItem(item, period)),
    decisions: decisions.map(toDecision),
  };
}
