// Flattens the explorer's tree into the rows of its table: a row per node, children only under open nodes.
import type { Explorer, ExplorerKpi, LocalizedText, RollUpFigures } from '@rbm/shared/schemas';

export type NodeKind = 'goal' | 'sector' | 'unlinked' | 'priority' | 'outcome' | 'kpi';

export interface ExplorerRow {
  /** Unique in the table: the path of codes from the root. */
  id: string;
  level: 1 | 2 | 3 | 4;
  kind: NodeKind;
  code: string;
  name: LocalizedText;
  rollUp: RollUpFigures;
  hasChildren: boolean;
  /** Position among its siblings (1-based) and their number, for the treegrid. */
  position: number;
  siblings: number;
}

interface Node {
  id: string;
  kind: NodeKind;
  code: string;
  name: LocalizedText;
  rollUp: RollUpFigures;
  children: Node[];
}

const kpiNode =
  (parent: string) =>
  (k: ExplorerKpi): Node => ({
    id: `${parent}/${k.code}`,
    kind: 'kpi',
    code: k.code,
    name: k.name,
    rollUp: k.rollUp,
    children: [],
  });

export function explorerNodes(explorer: Explorer): Node[] {
  return explorer.roots.map((root) => {
    const rootId = root.code;
    return {
      id: rootId,
      kind: root.kind,
      code: root.code,
      name: root.name,
      rollUp: root.rollUp,
      children: root.priorities.map((p) => {
        const pid = `${rootId}/${p.code}`;
        return {
          id: pid,
          kind: 'priority' as const,
          code: p.code,
          name: p.name,
          rollUp: p.rollUp,
          children: [
            ...p.outcomes.map((o) => ({
              id: `${pid}/${o.code}`,
              kind: 'outcome' as const,
              code: o.code,
              name: o.name,
              rollUp: o.rollUp,
              children: o.kpis.map(kpiNode(`${pid}/${o.code}`)),
            })),
            ...p.kpis.map(kpiNode(pid)),
          ],
        };
      }),
    };
  });
}

/** The visible rows: every root, and the children of each open node, depth first. */
export function visibleRows(nodes: Node[], open: ReadonlySet<string>): ExplorerRow[] {
  const rows: ExplorerRow[] = [];
  const walk = (list: Node[], level: number) => {
    list.forEach((node, index) => {
      rows.push({
        id: node.id,
        level: level as ExplorerRow['level'],
        kind: node.kind,
        code: node.code,
        name: node.name,
        rollUp: node.rollUp,
        hasChildren: node.children.length > 0,
        position: index + 1,
        siblings: list.length,
      });
      if (open.has(node.id)) walk(node.children, level + 1);
    });
  };
  walk(nodes, 1);
  return rows;
}

/** Ids of the nodes to open so that every node with this code shows (and its ancestors). */
export function pathsTo(nodes: Node[], code: string): string[] {
  const found: string[] = [];
  const walk = (list: Node[], ancestors: string[]) => {
    for (const node of list) {
      if (node.code === code) found.push(...ancestors, node.id);
      walk(node.children, [...ancestors, node.id]);
    }
  };
  walk(nodes, []);
  return [...new Set(found)];
}
