// The organisational units as a tree from the flat list the API answers: each unit with the units under it,
// siblings in their sort order (the API's), retired units kept. A unit whose parent is missing from the list
// stands at the top rather than vanishing.
import type { FrameworkItem } from '@rbm/shared/schemas';

export interface UnitNode {
  unit: FrameworkItem;
  children: UnitNode[];
}

export function unitTree(items: readonly FrameworkItem[]): UnitNode[] {
  const units = items.filter((i) => i.kind === 'unit');
  const codes = new Set(units.map((u) => u.code));
  const build = (parent: string | null, seen: ReadonlySet<string>): UnitNode[] =>
    units
      .filter((u) => (parent === null ? u.parent === null || !codes.has(u.parent) : u.parent === parent))
      .filter((u) => !seen.has(u.code))
      .map((unit) => ({ unit, children: build(unit.code, new Set([...seen, unit.code])) }));
  return build(null, new Set());
}
