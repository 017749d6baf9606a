import type { FrameworkItem } from '@rbm/shared/schemas';
import { describe, expect, it } from 'vitest';
import { canMove, editorTree } from './tree.ts';

let nextId = 1;
function item(
  kind: FrameworkItem['kind'],
  code: string,
  parent: string | null,
  retired = false,
): FrameworkItem {
  nextId += 1;
  return {
    kind,
    id: nextId,
    plan: 'P',
    code,
    name: code,
    description: null,
    translations: {},
    parent,
    sortOrder: nextId,
    retiredAt: retired ? '2026-01-01T00:00:00.000Z' : null,
    version: 'v',
    sourceStatus: 'unverified',
    sourceUrl: null,
    kpis: [],
  };
}

describe('editorTree', () => {
  it('puts targets under their goal and outcomes and outputs under their priority, in the given order', () => {
    const items = [
      item('goal', 'G1', null),
      item('goal', 'G2', null),
      item('target', 'T2', 'G2'),
      item('target', 'T1', 'G1'),
      item('priority', 'P1', null),
      item('outcome', 'P1.1', 'P1'),
      item('output', 'P1.S', 'P1'),
      item('outcome', 'P1.2', 'P1', true),
    ];
    const tree = editorTree(items);
    expect(tree.goals.map((g) => [g.goal.code, g.targets.map((t) => t.code)])).toEqual([
      ['G1', ['T1']],
      ['G2', ['T2']],
    ]);
    expect(tree.priorities[0]?.outcomes.map((o) => o.code)).toEqual(['P1.1', 'P1.2']);
    expect(tree.priorities[0]?.outputs.map((o) => o.code)).toEqual(['P1.S']);
  });
});

describe('canMove', () => {
  it('moves among the siblings still in the plan, never past the ends, never a retired item', () => {
    const a = item('goal', 'A', null);
    const retired = item('goal', 'R', null, true);
    const b = item('goal', 'B', null);
    const siblings = [a, retired, b];
    expect([canMove(siblings, a, 'up'), canMove(siblings, a, 'down')]).toEqual([false, true]);
    expect([canMove(siblings, b, 'up'), canMove(siblings, b, 'down')]).toEqual([true, false]);
    expect([canMove(siblings, retired, 'up'), canMove(siblings, retired, 'down')]).toEqual([false, false]);
  });
});
