// "New plan from this one", the pure part: the source plan's framework document rewritten as the new draft
// plan's. Retired items are left behind (and the links to them); goals, targets, priorities, outcomes,
// outputs, enablers and the active KPIs with their links keep their codes, so each copied KPI can name the
// KPI it continues. Annual targets are left to fill: they are the new plan's own (the checklist lists them).
// Targets keep their value and deadline: the Connect 2030 targets span plans, and a null value means a
// qualitative target in the document, so it cannot mean "to fill". Targets whose deadline falls before the
// new plan begins are left behind with the old plan.
import type { FrameworkDocument, PlanSuccessorBody } from '@rbm/shared/schemas';

const live = <T extends { retired?: boolean }>(items: readonly T[]): T[] =>
  items.filter((i) => i.retired !== true);

export function successorDocument(source: FrameworkDocument, input: PlanSuccessorBody): FrameworkDocument {
  const goals = live(source.goals);
  const goalCodes = new Set(goals.map((g) => g.code));
  // A target whose deadline passed before the new plan begins stays in the history of the old one.
  const targets = live(source.targets).filter(
    (t) => goalCodes.has(t.goal) && t.deadlineYear >= input.startYear,
  );
  const priorities = live(source.priorities);
  const priorityCodes = new Set(priorities.map((p) => p.code));
  const outcomes = live(source.outcomes).filter((o) => priorityCodes.has(o.priority));
  const outputs = live(source.outputs).filter((o) => priorityCodes.has(o.priority));
  const [outcomeCodes, outputCodes, targetCodes] = [outcomes, outputs, targets].map(
    (items) => new Set(items.map((i) => i.code)),
  ) as [Set<string>, Set<string>, Set<string>];
  const themeCodes = new Set(live(source.themes).map((t) => t.code));
  const outcomePriority = new Map(source.outcomes.map((o) => [o.code, o.priority]));
  const kpis = live(source.kpis)
    .map((k) => ({ kpi: k, owner: k.priority ?? outcomePriority.get(k.outcomes[0] ?? '') ?? '' }))
    .filter(({ owner }) => priorityCodes.has(owner))
    .map(({ kpi: k, owner }) => ({
      ...k,
      priority: owner,
      annualTargets: {},
      outcomes: k.outcomes.filter((c) => outcomeCodes.has(c)),
      outputs: k.outputs.filter((c) => outputCodes.has(c)),
      targets: k.targets.filter((c) => targetCodes.has(c)),
      themes: k.themes.filter((c) => themeCodes.has(c)),
    }));
  return {
    ...source,
    plan: {
      code: input.code,
      name: { en: input.title.trim() },
      startYear: input.startYear,
      endYear: input.endYear,
      status: 'draft',
      thresholds: source.plan.thresholds,
      calendar: source.plan.calendar,
    },
    goals,
    targets,
    priorities,
    outcomes,
    outputs,
    enablers: live(source.enablers),
    kpis,
  };
}
