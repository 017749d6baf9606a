// The Resolution 59 report of one plan year (issue 16): per theme what each unit did, the joint work, the
// duplicates found and resolved, and the overlapping events. Figures come from the published figures' read
// model with approved values only, whoever asks (as the matrix); a year under way is reported to date.
import { annualTarget, formatPeriod, lastCompleteQuarter, parsePeriod } from '@rbm/shared/rbm';
import type {
  Activity,
  RadarCandidate,
  ThemeReport,
  ThemeReportActivity,
  ThemeReportDecision,
} from '@rbm/shared/schemas';
import { unprocessable } from '../../errors.ts';
import {
  assess,
  completeQuarter,
  openNamedFigures,
  rollUpOfKpis,
  type FiguresContext,
  type PlanMeasurement,
} from '../figures/figures.service.ts';
import { listThemes } from './themes.service.ts';
import { listUnits } from './theme-access.ts';
import { allCandidates } from './radar.service.ts';
import { loadActivities } from './activities.service.ts';
import * as repo from './themes.repository.ts';

export interface ThemeReportInput {
  plan?: string | undefined;
  year: number;
}

/** The period the year's figures are read at: the year once over, else its latest complete quarter. */
function reportPeriod(measurement: PlanMeasurement, year: number, now: Date) {
  const last = parsePeriod(lastCompleteQuarter(now));
  if (last === null || last.year < year) return { due: false, yearToDate: null, period: String(year) };
  if (last.year > year || last.quarter === 4) return { due: true, yearToDate: null, period: String(year) };
  const complete = completeQuarter(measurement, formatPeriod({ year, quarter: last.quarter }));
  const yearToDate = complete !== null && parsePeriod(complete)?.year === year ? complete : null;
  return { due: false, yearToDate, period: yearToDate ?? String(year) };
}

const inYear = (a: Pick<Activity, 'startDate' | 'endDate'>, year: number) =>
  a.startDate <= `${year}-12-31` && a.endDate >= `${year}-01-01`;

/** The activity's title in the language asked for, else English, else the first language held. */
function titleOf(a: Activity, language: string): ThemeReportActivity['title'] {
  const held = Object.entries(a.texts).filter(([, t]) => t !== undefined);
  const [lang, text] = held.find(([l]) => l === language) ??
    held.find(([l]) => l === 'en') ??
    held[0] ?? ['en', undefined];
  return { text: text?.title ?? a.code, language: lang as ThemeReportActivity['title']['language'] };
}

function decisionOf(c: RadarCandidate): ThemeReportDecision | null {
  if (c.decision === null) return null;
  const item = ({ key, kind, code, unit, title }: RadarCandidate['a']) => ({ key, kind, code, unit, title });
  return {
    theme: c.theme,
    a: item(c.a),
    b: item(c.b),
    decision: c.decision.decision,
    note: c.decision.note,
    decidedAt: c.decision.decidedAt,
  };
}

export async function themeReport(ctx: FiguresContext, input: ThemeReportInput): Promise<ThemeReport> {
  const { year, plan: planCode } = input;
  const approved: FiguresContext = { ...ctx, visibility: 'approved', scope: null };
  const { plan, measurement, groups } = await openNamedFigures(approved, { plan: planCode });
  if (year < plan.startYear || year > plan.endYear) {
    const message = `${year} is not a year of plan ${plan.code} (${plan.startYear}-${plan.endYear})`;
    throw unprocessable('year_outside_plan', message, [
      { field: 'params.year', code: 'year_outside_plan', message },
    ]);
  }
  const { due, yearToDate, period } = reportPeriod(measurement, year, ctx.now);
  const [themes, units, kpiRows, allActivities, radar] = await Promise.all([
    listThemes(ctx),
    listUnits(ctx.db),
    repo.findThemedKpis(ctx.db, plan.id),
    loadActivities(ctx),
    allCandidates(ctx, plan.code),
  ]);
  const activities = allActivities.filter((a) => inYear(a, year));
  const decisions = radar.candidates
    .map(decisionOf)
    .filter((d): d is ThemeReportDecision => d !== null && d.decidedAt.startsWith(String(year)))
    .sort((a, b) => a.decidedAt.localeCompare(b.decidedAt) || a.theme.localeCompare(b.theme));
  const open = radar.candidates.filter((c) => c.decision === null);
  const kpiOf = (id: number, code: string, english: string) => {
    const kpi = measurement.byId.get(id);
    const assessment = kpi ? assess(kpi, period, ctx.now) : null;
    return {
      code,
      name: groups.kpiName(id, english),
      status: assessment?.status ?? 'no_data',
      actual: assessment?.actual ?? null,
      target: kpi ? annualTarget(kpi.rbm, measurement.rbmPlan, year) : null,
      unit: kpi?.rbm.unit ?? 'number',
    };
  };
  return {
    plan: groups.plan,
    year,
    due,
    yearToDate,
    basis: { values: 'approved', period },
    themes: themes.items.map((theme) => {
      const tagged = kpiRows.filter((k) => k.theme === theme.code);
      const onTheme = activities.filter((a) => a.themes.includes(theme.code));
      return {
        code: theme.code,
        name: theme.name,
        coordinator: theme.coordinator,
        rollUp: rollUpOfKpis(
          measurement,
          tagged.map((k) => k.id),
          period,
          ctx.now,
        ),
        units: units
          .map((unit) => ({
            unit,
            kpis: tagged.filter((k) => k.unit === unit).map((k) => kpiOf(k.id, k.code, k.name)),
            activities: onTheme
              .filter((a) => a.unit === unit || a.participants.includes(unit))
              .map((a) => a.code),
          }))
          .filter((u) => u.kpis.length > 0 || u.activities.length > 0),
        openCandidates: open.filter((c) => c.theme === theme.code).length,
      };
    }),
    activities: activities.map((a) => ({
      code: a.code,
      kind: a.kind,
      unit: a.unit,
      participants: a.participants,
      region: a.region,
      startDate: a.startDate,
      endDate: a.endDate,
      title: titleOf(a, ctx.language),
      themes: a.themes,
    })),
    joint: {
      activities: activities.filter((a) => a.participants.length > 0).map((a) => a.code),
      decisions: decisions.filter((d) => d.decision === 'joint_work'),
    },
    duplicates: {
      counts: {
        joint_work: decisions.filter((d) => d.decision === 'joint_work').length,
        duplicate: decisions.filter((d) => d.decision === 'duplicate').length,
        unrelated: decisions.filter((d) => d.decision === 'unrelated').length,
      },
      decisions,
      open: open.length,
    },
    overlaps: activities.flatMap((a) =>
      a.overlaps
        .filter((o) => a.code < o.code && activities.some((b) => b.code === o.code))
        .map((o) => ({ a: a.code, b: o.code, themes: o.themes })),
    ),
  };
}
