import type { FrameworkItem } from '@rbm/shared/schemas';
import { describe, expect, it } from 'vitest';
import { unitTree } from './units.ts';

const unit = (code: string, parent: string | null, id: number): FrameworkItem => ({
  kind: 'unit',
  id,
  plan: null,
  code,
  name: code,
  description: null,
  translations: {},
  parent,
  sortOrder: id,
  retiredAt: null,
  version: 'v',
  unitKind: 'department',
  kpis: [],
});

describe('unitTree', () => {
  it('nests units under their parents in the order given; other kinds are left out', () => {
    const tree = unitTree([
      unit('ITU-D', null, 1),
      unit('BDT', 'ITU-D', 2),
      unit('GS', null, 3),
      unit('BDT/DKH', 'BDT', 4),
      unit('RO-AFR', 'ITU-D', 5),
      { ...unit('G1', null, 6), kind: 'goal' },
    ]);
    expect(tree.map((n) => n.unit.code)).toEqual(['ITU-D', 'GS']);
    expect(tree[0]?.children.map((n) => n.unit.code)).toEqual(['BDT', 'RO-AFR']);
    expect(tree[0]?.children[0]?.children.map((n) => n.unit.code)).toEqual(['BDT/DKH']);
  });

  it('shows a unit whose parent is not listed at the top', () => {
    expect(unitTree([unit('X', 'MISSING', 1)]).map((n) => n.unit.code)).toEqual(['X']);
  });
});
