// The annual implementation report of one plan year: the plan, its goals, Sectors and priorities rolled
// up for the year, the KPIs off track with what the reviewers wrote, and the year's achievements.
import { frameworkMomentOfYear, REVIEW_STATUSES, type ReviewStatus } from '@rbm/shared';
import { annualTarget, formatPeriod, lastCompleteQuarter, parsePeriod } from '@rbm/shared/rbm';
import type { AchievedKpi, Achievement, AnnualReport, OffTrackKpi, ReportGroup } from '@rbm/shared/schemas';
import { unprocessable } from '../../errors.ts';
import { asEnum } from '../../lib/enums.ts';
import {
  assess,
  completeQuarter,
  figuresBasis,
  loadPlanGroups,
  measurementOf,
  resolvePlan,
  rollUpGroups,
  rollUpOf,
  rollUpPlan,
  type FiguresContext,
  type NamedGroup,
  type PlanGroups,
  type PlanMeasurement,
} from '../figures/figures.service.ts';
import { reportRegisters } from './annual-report.registers.ts';
import { findReviewTexts } from './reports.repository.ts';

export interface AnnualReportInput {
  plan?: string | undefined;
  year: number;
}

type ReviewText = Awaited<ReturnType<typeof findReviewTexts>>[number];

/** The latest complete quarter of the year at `now` (Q4 once the year is over); null before it starts. */
export function latestDueQuarterOf(year: number, now: Date): string | null {
  const last = parsePeriod(lastCompleteQuarter(now));
  if (last === null || last.year < year) return null;
  return formatPeriod({ year, quarter: last.year > year ? 4 : last.quarter });
}

/**
 * The quarter a year under way is reported at: the latest quarter of the year every priority has figures for
 * in this basis (figures/roll-ups.ts), so the Council never compares one priority's quarter with others' "no data".
 * Null when no quarter of the year is complete yet.
 */
function yearToDateQuarter(measurement: PlanMeasurement, year: number, latestDue: string | null) {
  const complete = latestDue === null ? null : completeQuarter(measurement, latestDue);
  return complete !== null && parsePeriod(complete)?.year === year ? complete : null;
}

export async function annualReport(ctx: FiguresContext, input: AnnualReportInput): Promise<AnnualReport> {
  const { year } = input;
  const { now } = ctx;
  const plan = await resolvePlan(ctx, input);
  if (year < plan.startYear || year > plan.endYear) {
    throw unprocessable(
      'year_outside_plan',
      `${year} is not a year of plan ${plan.code} (${plan.startYear}-${plan.endYear})`,
      [
        {
          field: 'params.year',
          message: `params.year must be within ${plan.startYear}-${plan.endYear}`,
          code: 'year_outside_plan',
        },
      ],
    );
  }
  // Published figures and texts are approved ones; planners may ask for drafts and open reviews too.
  const statuses: readonly ReviewStatus[] = ctx.visibility === 'all' ? REVIEW_STATUSES : ['approved'];
  const [measurement, groups, reviews, registers] = await Promise.all([
    measurementOf(ctx, plan),
    // the framework as it stood when the year ended (items retired since are in), or now for the year under way
    loadPlanGroups(ctx, plan, frameworkMomentOfYear(year, now)),
    findReviewTexts(
      ctx.db,
      plan.id,
      [1, 2, 3, 4].map((q) => `${year}-Q${q}`),
      statuses,
    ),
    // confirmed states only, whoever reads: the registers as the Council sees them
    reportRegisters(ctx, plan.code),
  ]);
  const latestDueQuarter = latestDueQuarterOf(year, now);
  const due = latestDueQuarter === `${year}-Q4`;
  const yearToDate = due ? null : yearToDateQuarter(measurement, year, latestDueQuarter);
  // A year under way is reported to date: every figure as of the latest quarter every priority has.
  const period = yearToDate ?? String(year);
  return {
    plan: groups.plan,
    year,
    due,
    latestDueQuarter,
    yearToDate,
    basis: figuresBasis(ctx.visibility, period, now),
    overall: rollUpPlan(measurement, period, now),
    ...groupRollUps(measurement, groups, period, now),
    offTrack: offTrackKpis(
      measurement,
      groups,
      { period, year },
      now,
      yearToDate ?? latestDueQuarter,
      reviews,
    ),
    achieved: achievedKpis(measurement, groups, period, year, now),
    achievements: achievementsOf(reviews),
    registers,
  };
}

function groupRollUps(measurement: PlanMeasurement, groups: PlanGroups, period: string, now: Date) {
  const byGoal = rollUpGroups(measurement, 'goal', period, now);
  const bySector = rollUpGroups(measurement, 'sector', period, now);
  const byPriority = rollUpGroups(measurement, 'priority', period, now);
  const named = (g: NamedGroup, rollUps: typeof byGoal): ReportGroup => ({
    code: g.code,
    name: g.name,
    rollUp: rollUpOf(rollUps, g.id, measurement),
  });
  return {
    goals: groups.goals.map((g) => named(g, byGoal)),
    sectors: groups.sectors.map((s) => ({
      ...named(s, bySector),
      priorities: groups.priorities.filter((p) => p.sectorId === s.id).map((p) => named(p, byPriority)),
    })),
  };
}

/** The KPIs off track in the period (the year, or for a year under way a quarter of it), worst first. */
function offTrackKpis(
  measurement: PlanMeasurement,
  groups: PlanGroups,
  { period, year }: { period: string; year: number },
  now: Date,
  latestDueQuarter: string | null,
  reviews: readonly ReviewText[],
): OffTrackKpi[] {
  const narrativeOf = new Map(
    reviews.filter((r) => r.period === latestDueQuarter).map((r) => [r.priorityId, r]),
  );
  return measurement.kpis
    .map((kpi) => ({ kpi, assessment: assess(kpi, period, now) }))
    .filter(({ assessment }) => assessment.status === 'off_track')
    .sort(
      (a, b) =>
        (a.assessment.ratio ?? Infinity) - (b.assessment.ratio ?? Infinity) ||
        a.kpi.code.localeCompare(b.kpi.code),
    )
    .map(({ kpi, assessment }) => {
      const review = narrativeOf.get(kpi.ownerPriorityId);
      return {
        code: kpi.code,
        name: groups.kpiName(kpi.id, kpi.name),
        priority: kpi.ownerPriorityCode,
        sector: kpi.ownerSectorCode,
        status: assessment.status,
        actual: assessment.actual,
        expected: assessment.expected,
        ratio: assessment.ratio,
        target: annualTarget(kpi.rbm, measurement.rbmPlan, year),
        unit: kpi.rbm.unit,
        narrative: review
          ? {
              period: review.period,
              status: asEnum(REVIEW_STATUSES, review.status, 'quarterly_review.status'),
              challenges: review.challenges,
              improvements: review.improvements,
            }
          : null,
      };
    });
}

/** The KPIs whose year figure reached the year's target, by code (as the measurement lists them). */
function achievedKpis(
  measurement: PlanMeasurement,
  groups: PlanGroups,
  period: string,
  year: number,
  now: Date,
): AchievedKpi[] {
  return measurement.kpis
    .map((kpi) => ({ kpi, assessment: assess(kpi, period, now) }))
    .filter(({ assessment }) => assessment.status === 'achieved')
    .map(({ kpi, assessment }) => ({
      code: kpi.code,
      name: groups.kpiName(kpi.id, kpi.name),
      priority: kpi.ownerPriorityCode,
      sector: kpi.ownerSectorCode,
      actual: assessment.actual,
      target: annualTarget(kpi.rbm, measurement.rbmPlan, year),
      unit: kpi.rbm.unit,
    }));
}

/** Achievements written in the year's reviews, latest quarter first, priorities in framework order. */
function achievementsOf(reviews: readonly ReviewText[]): Achievement[] {
  return reviews
    .filter((r) => r.achievements !== null && r.achievements.trim() !== '')
    .sort(
      (a, b) =>
        b.period.localeCompare(a.period) ||
        a.prioritySortOrder - b.prioritySortOrder ||
        a.priorityCode.localeCompare(b.priorityCode),
    )
    .map((r) => ({
      priority: r.priorityCode,
      period: r.period,
      status: asEnum(REVIEW_STATUSES, r.status, 'quarterly_review.status'),
      text: r.achievements as string,
    }));
}
