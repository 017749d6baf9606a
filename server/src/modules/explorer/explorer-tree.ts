// Builds the explorer's tree from a plan's measured KPIs: roots (goals or Sectors) -> priorities ->
// outcomes -> KPIs. Each node is rolled up on the selected KPIs it holds, with the calculation module, so
// a node's figures equal the dashboard's and the comparison's for the same group and period.
import type { Status } from '@rbm/shared';
import { rollUp, type KpiAssessment } from '@rbm/shared/rbm';
import type {
  ExplorerKpi,
  ExplorerOutcome,
  ExplorerPriority,
  ExplorerRoot,
  LocalizedText,
  RollUpFigures,
} from '@rbm/shared/schemas';
import {
  timelinessOf,
  type MeasuredKpi,
  type NamedGroup,
  type NamedOutcome,
  type NamedPriority,
  type PlanMeasurement,
} from '../figures/figures.service.ts';

export interface TreeInput {
  measurement: PlanMeasurement;
  period: string;
  now: Date;
  /** The KPIs in the selection (Sector and region filters applied), with their assessment. */
  selected: ReadonlyArray<{ kpi: MeasuredKpi; assessment: KpiAssessment }>;
  /** Regional figures have no timeliness (submissions are per KPI, not per region). */
  regional: boolean;
  /** Only KPIs of this status are listed (and the groups holding them). */
  status: Status | null;
  roots: ReadonlyArray<NamedGroup & { kind: ExplorerRoot['kind']; holds: (kpi: MeasuredKpi) => boolean }>;
  /** The priorities a root may hold, in framework order. */
  prioritiesOf: (rootId: number) => readonly NamedPriority[];
  outcomes: readonly NamedOutcome[];
  kpiName: (id: number, english: string) => LocalizedText;
}

type Selected = TreeInput['selected'][number];

export function figuresOf(input: TreeInput, items: readonly Selected[]): RollUpFigures {
  const rolled = rollUp(
    items.map(({ kpi, assessment }) => ({
      kpiId: kpi.id,
      weight: kpi.rbm.weight,
      direction: kpi.rbm.direction,
      assessment,
    })),
    input.measurement.rbmPlan.thresholds,
  );
  const timeliness = input.regional
    ? null
    : timelinessOf(
        items.map((i) => i.kpi),
        input.measurement,
        input.period,
        input.now,
      );
  return { ...rolled, timeliness };
}

export function buildTree(input: TreeInput): ExplorerRoot[] {
  const matches = (i: Selected) => input.status === null || i.assessment.status === input.status;
  const anyMatch = (items: readonly Selected[]) => items.some(matches);

  const kpiLeaf = (i: Selected): ExplorerKpi => ({
    code: i.kpi.code,
    name: input.kpiName(i.kpi.id, i.kpi.name),
    unit: i.kpi.rbm.unit,
    actual: i.assessment.actual,
    expected: i.assessment.expected,
    ratio: i.assessment.ratio,
    rollUp: figuresOf(input, [i]),
  });

  const priorityNode = (p: NamedPriority, items: readonly Selected[]): ExplorerPriority => {
    const own = input.outcomes.filter((o) => o.priorityId === p.id);
    const outcomes: ExplorerOutcome[] = own.flatMap((o) => {
      const inOutcome = items.filter((i) => i.kpi.outcomeIds.includes(o.id));
      if (!anyMatch(inOutcome)) return [];
      return [
        {
          code: o.code,
          name: o.name,
          rollUp: figuresOf(input, inOutcome),
          kpis: inOutcome.filter(matches).map(kpiLeaf),
        },
      ];
    });
    const ownIds = new Set(own.map((o) => o.id));
    const loose = items.filter((i) => !i.kpi.outcomeIds.some((id) => ownIds.has(id)) && matches(i));
    return {
      code: p.code,
      name: p.name,
      sector: p.sectorCode,
      rollUp: figuresOf(input, items),
      outcomes,
      kpis: loose.map(kpiLeaf),
    };
  };

  return input.roots.flatMap((root) => {
    const inRoot = input.selected.filter((i) => root.holds(i.kpi));
    if (!anyMatch(inRoot)) return [];
    const priorities = input.prioritiesOf(root.id).flatMap((p) => {
      const inPriority = inRoot.filter((i) => i.kpi.priorityIds.includes(p.id));
      return anyMatch(inPriority) ? [priorityNode(p, inPriority)] : [];
    });
    return [
      { kind: root.kind, code: root.code, name: root.name, rollUp: figuresOf(input, inRoot), priorities },
    ];
  });
}
