// The themes x units matrix: per theme, each unit's KPIs tagged with it (owned by a priority of the unit's
// Sector) and activities on it (run or joined), and the theme's roll-up per quarter from the published
// figures' read model (each KPI once, approved values only), with the radar's open candidates.
import { addQuarters, compareQuarters } from '@rbm/shared/rbm';
import type { Matrix } from '@rbm/shared/schemas';
import {
  completeQuarter,
  latestReportedQuarter,
  openFigures,
  resolvePeriod,
  rollUpOfKpis,
  type FiguresContext,
} from '../figures/figures.service.ts';
import { loadActivities } from './activities.service.ts';
import { openCandidatesByTheme } from './radar.service.ts';
import { listUnits } from './theme-access.ts';
import { listThemes } from './themes.service.ts';
import * as repo from './themes.repository.ts';

export interface MatrixInput {
  plan?: string;
  period?: string;
  theme?: string;
  unit?: string;
}

export async function getThemeMatrix(ctx: FiguresContext, input: MatrixInput): Promise<Matrix> {
  const approved: FiguresContext = { ...ctx, visibility: 'approved', scope: null };
  const { plan, measurement } = await openFigures(approved, input);
  const lastComplete = resolvePeriod(plan, undefined, ctx.now);
  const period =
    input.period === undefined
      ? (completeQuarter(measurement, lastComplete) ??
        latestReportedQuarter(measurement, lastComplete) ??
        lastComplete)
      : resolvePeriod(plan, input.period, ctx.now);
  const [themes, allUnits, kpiRows, activities, open] = await Promise.all([
    listThemes(ctx),
    listUnits(ctx.db),
    repo.findThemedKpis(ctx.db, plan.id),
    loadActivities(ctx),
    openCandidatesByTheme(ctx, plan.code),
  ]);
  const themeFilter = input.theme?.toUpperCase();
  const units = allUnits.filter((u) => input.unit === undefined || u === input.unit);
  const quarters: string[] = [];
  for (let q = `${plan.startYear}-Q1`; compareQuarters(q, period) <= 0; q = addQuarters(q, 1))
    quarters.push(q);
  const shown = themes.items.filter((t) => themeFilter === undefined || t.code === themeFilter);
  return {
    plan: plan.code,
    period,
    basis: { values: 'approved', period },
    units,
    themes: shown.map((theme) => {
      const kpiIds = kpiRows.filter((k) => k.theme === theme.code).map((k) => k.id);
      return {
        code: theme.code,
        name: theme.name,
        coordinator: theme.coordinator,
        rollUp: rollUpOfKpis(measurement, kpiIds, period, ctx.now),
        quarters: quarters.map((q) => ({ period: q, rollUp: rollUpOfKpis(measurement, kpiIds, q, ctx.now) })),
        openCandidates: open[theme.code] ?? 0,
      };
    }),
    cells: shown.flatMap((theme) =>
      units.map((unit) => ({
        theme: theme.code,
        unit,
        kpis: kpiRows.filter((k) => k.theme === theme.code && k.unit === unit).map((k) => k.code),
        activities: activities
          .filter((a) => a.themes.includes(theme.code) && (a.unit === unit || a.participants.includes(unit)))
          .map((a) => a.code),
      })),
    ),
  };
}
