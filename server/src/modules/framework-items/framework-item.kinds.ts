// The five kinds of framework item an administrator authors one by one: the table each lives in, the entity
// name its translations and audit rows use, and the kind above it (a target's goal, an outcome's priority).
import type { FrameworkItemKind, KindField } from '@rbm/shared/schemas';
import type { TranslatableEntity } from '../../db/schema.ts';

export type ItemTable = 'goal' | 'target' | 'thematicPriority' | 'outcome' | 'output';

export interface KindInfo {
  table: ItemTable;
  /** The `entity` of its translation and audit rows (as the framework import writes them). */
  entity: TranslatableEntity;
  parent: FrameworkItemKind | null;
  /** The fields of the body this kind accepts besides code and texts. */
  fields: readonly KindField[];
  /** How a person names it in a message. */
  label: string;
}

const TARGET_FIELDS = [
  'parent',
  'value',
  'unit',
  'direction',
  'deadlineYear',
  'baseline',
  'statistic',
] as const;

export const KINDS: Readonly<Record<FrameworkItemKind, KindInfo>> = {
  goal: { table: 'goal', entity: 'goal', parent: null, fields: [], label: 'goal' },
  target: { table: 'target', entity: 'target', parent: 'goal', fields: TARGET_FIELDS, label: 'target' },
  priority: {
    table: 'thematicPriority',
    entity: 'thematic_priority',
    parent: null,
    fields: ['leadUnit'],
    label: 'thematic priority',
  },
  outcome: { table: 'outcome', entity: 'outcome', parent: 'priority', fields: ['parent'], label: 'outcome' },
  output: { table: 'output', entity: 'output', parent: 'priority', fields: ['parent'], label: 'output' },
};

/** The kinds below a kind (retiring it needs them retired first). */
export function childKinds(kind: FrameworkItemKind): FrameworkItemKind[] {
  return (Object.keys(KINDS) as FrameworkItemKind[]).filter((k) => KINDS[k].parent === kind);
}
