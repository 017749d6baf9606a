// The duplication radar over HTTP's data: the plan's themed KPIs and every activity as subjects, their
// candidate pairs (radar-candidates.ts) with the coordinators' decisions, and deciding a pair (the theme's
// coordinator or an administrator; audited). A decided pair is kept and not proposed as open again.
import type { Radar, RadarCandidate, RadarDecisionBody, RadarDecisionKind } from '@rbm/shared/schemas';
import { AppError, unprocessable } from '../../errors.ts';
import type { ServiceContext, WriteServiceContext } from '../../lib/service-context.ts';
import { auditedWrite } from '../audit/audit.service.ts';
import { resolvePlan } from '../figures/figures.service.ts';
import { loadActivities } from './activities.service.ts';
import {
  activitySubject,
  findCandidates,
  kpiSubject,
  type Candidate,
  type RadarSubject,
} from './radar-candidates.ts';
import { themeAccess } from './theme-access.ts';
import * as repo from './themes.repository.ts';

/** The plan's KPIs tagged with themes and every activity, as the radar compares them. */
async function loadSubjects(ctx: ServiceContext, planId: number): Promise<RadarSubject[]> {
  const [kpiRows, activities] = await Promise.all([repo.findThemedKpis(ctx.db, planId), loadActivities(ctx)]);
  const kpis = new Map<number, repo.ThemedKpiRow & { themes: string[] }>();
  for (const row of kpiRows) {
    const kpi = kpis.get(row.id) ?? { ...row, themes: [] };
    kpi.themes.push(row.theme);
    kpis.set(row.id, kpi);
  }
  const translations = await repo.findKpiTranslations(ctx.db, [...kpis.keys()]);
  const subjects = [...kpis.values()].map((kpi) => {
    const byLanguage = new Map<string, { name?: string; definition?: string }>();
    for (const t of translations.filter((x) => x.entityId === kpi.id)) {
      byLanguage.set(t.language, { ...byLanguage.get(t.language), [t.field]: t.text });
    }
    const texts = [{ language: 'en', name: kpi.name, definition: kpi.definition }];
    for (const [language, t] of byLanguage) {
      if (t.name) texts.push({ language, name: t.name, definition: t.definition ?? null });
    }
    return kpiSubject(`kpi:${kpi.id}`, kpi, texts);
  });
  return [...subjects, ...activities.map((a) => activitySubject(`activity:${a.id}`, a))];
}

function toCandidate(c: Candidate, decisions: readonly repo.DecisionRow[]): RadarCandidate {
  const d = decisions.find((x) => x.itemA === c.a.key && x.itemB === c.b.key);
  const item = (s: RadarSubject) => ({
    key: s.key,
    kind: s.kind,
    code: s.code,
    unit: s.unit,
    title: s.title,
  });
  return {
    theme: c.theme,
    a: item(c.a),
    b: item(c.b),
    score: c.score,
    similarity: c.similarity,
    reasons: c.reasons,
    decision: d
      ? {
          decision: d.decision as RadarDecisionKind,
          note: d.note,
          decidedBy: d.decidedByName,
          decidedAt: d.decidedAt,
        }
      : null,
  };
}

export async function allCandidates(ctx: ServiceContext, planCode: string | undefined) {
  const plan = await resolvePlan(ctx, { plan: planCode });
  const [subjects, themes, decisions] = await Promise.all([
    loadSubjects(ctx, plan.id),
    repo.findThemes(ctx.db),
    repo.findDecisions(ctx.db),
  ]);
  const found = findCandidates(
    subjects,
    themes.map((t) => t.code),
  );
  return { plan, themes, candidates: found.map((c) => toCandidate(c, decisions)) };
}

/** Open candidates per theme code (every theme named, zero included). */
export async function openCandidatesByTheme(ctx: ServiceContext, planCode: string | undefined) {
  const { themes, candidates } = await allCandidates(ctx, planCode);
  const open: Record<string, number> = Object.fromEntries(themes.map((t) => [t.code, 0]));
  for (const c of candidates) if (c.decision === null) open[c.theme] = (open[c.theme] ?? 0) + 1;
  return open;
}

export async function getRadar(
  ctx: ServiceContext,
  query: { plan?: string; theme?: string; state?: 'open' | 'decided' | 'all' },
): Promise<Radar> {
  const { plan, themes, candidates } = await allCandidates(ctx, query.plan);
  const open: Record<string, number> = Object.fromEntries(themes.map((t) => [t.code, 0]));
  for (const c of candidates) if (c.decision === null) open[c.theme] = (open[c.theme] ?? 0) + 1;
  const state = query.state ?? 'open';
  const theme = query.theme?.toUpperCase();
  const items = candidates.filter(
    (c) =>
      (theme === undefined || c.theme === theme) &&
      (state === 'all' || (state === 'open') === (c.decision === null)),
  );
  return { plan: plan.code, items, openByTheme: open };
}

export async function decideRadarCandidate(
  ctx: WriteServiceContext,
  body: RadarDecisionBody,
): Promise<RadarCandidate> {
  const [itemA, itemB] = [body.a, body.b].sort();
  const { candidates, themes } = await allCandidates(ctx, body.plan);
  const candidate = candidates.find((c) => c.a.key === itemA && c.b.key === itemB);
  if (!candidate) {
    const message = `${body.a} and ${body.b} are not a candidate pair of the radar`;
    throw unprocessable('not_a_candidate', message, [{ field: 'body.b', code: 'not_a_candidate', message }]);
  }
  const theme = themes.find((t) => t.code === candidate.theme);
  if (!theme || !(await themeAccess(ctx.db, ctx.actor)).coordinates(theme.id)) {
    throw new AppError(
      403,
      'out_of_scope',
      `Only the coordinator of ${candidate.theme} decides its candidates`,
    );
  }
  const decision = {
    themeId: theme.id,
    itemA: candidate.a.key,
    itemB: candidate.b.key,
    decision: body.decision,
    note: body.note.trim(),
    decidedBy: ctx.actor.userId,
    decidedAt: ctx.now.toISOString(),
  };
  if (decision.note === '') {
    const message = 'Say why in a note';
    throw unprocessable('note_required', message, [{ field: 'body.note', code: 'note_required', message }]);
  }
  await auditedWrite(ctx.db, ctx, async (tx, audit) => {
    await repo.saveDecision(tx, decision);
    const entityId = `${candidate.a.key}|${candidate.b.key}`;
    await audit({
      action: 'decide',
      entity: 'radar_candidate',
      entityId,
      before: candidate.decision,
      after: body,
    });
  });
  return {
    ...candidate,
    decision: {
      decision: body.decision,
      note: decision.note,
      decidedBy: ctx.actor.username,
      decidedAt: decision.decidedAt,
    },
  };
}
