// The editor's tree from the flat list the API answers: goals with their targets, priorities with their
// outcomes and outputs, each level in its sort order (the API's order), retired items kept and marked.
import type { FrameworkItem } from '@rbm/shared/schemas';

export interface EditorTree {
  goals: Array<{ goal: FrameworkItem; targets: FrameworkItem[] }>;
  priorities: Array<{ priority: FrameworkItem; outcomes: FrameworkItem[]; outputs: FrameworkItem[] }>;
}

export function editorTree(items: readonly FrameworkItem[]): EditorTree {
  const of = (kind: FrameworkItem['kind']) => items.filter((i) => i.kind === kind);
  const under = (kind: FrameworkItem['kind'], parent: string) => of(kind).filter((i) => i.parent === parent);
  return {
    goals: of('goal').map((goal) => ({ goal, targets: under('target', goal.code) })),
    priorities: of('priority').map((priority) => ({
      priority,
      outcomes: under('outcome', priority.code),
      outputs: under('output', priority.code),
    })),
  };
}

/** Whether an item can go one place up or down among its siblings still in the plan. */
export function canMove(siblings: readonly FrameworkItem[], item: FrameworkItem, direction: 'up' | 'down') {
  const current = siblings.filter((s) => s.retiredAt === null || s.id === item.id);
  const at = current.findIndex((s) => s.id === item.id);
  return item.retiredAt === null && (direction === 'up' ? at > 0 : at >= 0 && at < current.length - 1);
}
