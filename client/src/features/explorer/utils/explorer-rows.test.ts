import { describe, expect, it } from 'vitest';
import type { Explorer, ExplorerKpi, RollUpFigures } from '@rbm/shared/schemas';
import { explorerNodes, pathsTo, visibleRows } from './explorer-rows.ts';

const rollUp = (kpiCount: number): RollUpFigures => ({
  score: 0.8,
  status: 'on_track',
  counts: { achieved: 0, on_track: kpiCount, at_risk: 0, off_track: 0, no_data: 0, not_due: 0 },
  completeness: 1,
  timeliness: 1,
  kpiCount,
  ratedCount: kpiCount,
  dueCount: kpiCount,
  reportedCount: kpiCount,
});
const en = (text: string) => ({ text, language: 'en' as const });
const kpi = (code: string): ExplorerKpi => ({
  code,
  name: en(code),
  unit: 'count',
  actual: 1,
  expected: 1,
  ratio: 1,
  rollUp: rollUp(1),
});

const explorer = {
  roots: [
    {
      kind: 'sector',
      code: 'ITU-D',
      name: en('Development'),
      rollUp: rollUp(3),
      priorities: [
        {
          code: 'KAP-1',
          name: en('Connectivity'),
          sector: 'ITU-D',
          rollUp: rollUp(3),
          outcomes: [
            { code: 'KAP-1.1', name: en('Outcome'), rollUp: rollUp(2), kpis: [kpi('K1'), kpi('K2')] },
          ],
          kpis: [kpi('K3')],
        },
      ],
    },
    { kind: 'sector', code: 'GS', name: en('Secretariat'), rollUp: rollUp(0), priorities: [] },
  ],
} as unknown as Explorer;

describe('explorer rows', () => {
  const nodes = explorerNodes(explorer);

  it('shows only the roots until a node is opened', () => {
    const rows = visibleRows(nodes, new Set());
    expect(rows.map((r) => [r.id, r.level, r.hasChildren, r.position, r.siblings])).toEqual([
      ['ITU-D', 1, true, 1, 2],
      ['GS', 1, false, 2, 2],
    ]);
  });

  it('shows the children of open nodes depth first: outcomes, then KPIs outside any outcome', () => {
    const rows = visibleRows(nodes, new Set(['ITU-D', 'ITU-D/KAP-1', 'ITU-D/KAP-1/KAP-1.1']));
    expect(rows.map((r) => `${r.level}:${r.kind}:${r.code}`)).toEqual([
      '1:sector:ITU-D',
      '2:priority:KAP-1',
      '3:outcome:KAP-1.1',
      '4:kpi:K1',
      '4:kpi:K2',
      '3:kpi:K3',
      '1:sector:GS',
    ]);
    // An open node whose parent is closed stays hidden.
    expect(visibleRows(nodes, new Set(['ITU-D/KAP-1'])).length).toBe(2);
  });

  it('finds the nodes to open to show a code', () => {
    expect(pathsTo(nodes, 'KAP-1')).toEqual(['ITU-D', 'ITU-D/KAP-1']);
    expect(pathsTo(nodes, 'K2')).toEqual([
      'ITU-D',
      'ITU-D/KAP-1',
      'ITU-D/KAP-1/KAP-1.1',
      'ITU-D/KAP-1/KAP-1.1/K2',
    ]);
    expect(pathsTo(nodes, 'NOPE')).toEqual([]);
  });
});
