// The kinds of framework item an administrator authors one by one: the table each lives in, the entity name
// its translations and audit rows use, and the kind above it (a target's goal, an outcome's priority, a
// unit's unit). Units, regions and themes are shared by every plan; enablers belong to one.
import type { FrameworkItemKind, KindField } from '@rbm/shared/schemas';
import type { TranslatableEntity } from '../../db/schema.ts';

export type ItemTable =
  | 'goal'
  | 'target'
  | 'thematicPriority'
  | 'outcome'
  | 'output'
  | 'enabler'
  | 'orgUnit'
  | 'region'
  | 'intersectoralTheme';

export interface KindInfo {
  table: ItemTable;
  /** The `entity` of its translation and audit rows (as the framework import writes them). */
  entity: TranslatableEntity;
  parent: FrameworkItemKind | null;
  /** The fields of the body this kind accepts besides code and texts. */
  fields: readonly KindField[];
  /** How a person names it in a message. */
  label: string;
  /** Shared by every plan (no plan column); a closed plan does not freeze it. */
  shared?: boolean;
  /** Has a description and source status columns (units and regions have a name only). */
  described?: boolean;
  /** Keeps a sort order among its siblings. */
  ordered?: boolean;
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

const PLAN_ITEM = { described: true, ordered: true } as const;

export const KINDS: Readonly<Record<FrameworkItemKind, KindInfo>> = {
  goal: { ...PLAN_ITEM, table: 'goal', entity: 'goal', parent: null, fields: [], label: 'goal' },
  target: {
    ...PLAN_ITEM,
    table: 'target',
    entity: 'target',
    parent: 'goal',
    fields: TARGET_FIELDS,
    label: 'target',
  },
  priority: {
    ...PLAN_ITEM,
    table: 'thematicPriority',
    entity: 'thematic_priority',
    parent: null,
    fields: ['leadUnit'],
    label: 'thematic priority',
  },
  outcome: {
    ...PLAN_ITEM,
    table: 'outcome',
    entity: 'outcome',
    parent: 'priority',
    fields: ['parent'],
    label: 'outcome',
  },
  output: {
    ...PLAN_ITEM,
    table: 'output',
    entity: 'output',
    parent: 'priority',
    fields: ['parent'],
    label: 'output',
  },
  enabler: { ...PLAN_ITEM, table: 'enabler', entity: 'enabler', parent: null, fields: [], label: 'enabler' },
  unit: {
    table: 'orgUnit',
    entity: 'org_unit',
    parent: 'unit',
    fields: ['parent', 'unitKind'],
    label: 'organisational unit',
    shared: true,
    ordered: true,
  },
  region: {
    table: 'region',
    entity: 'region',
    parent: null,
    fields: [],
    label: 'region',
    shared: true,
    ordered: true,
  },
  theme: {
    table: 'intersectoralTheme',
    entity: 'intersectoral_theme',
    parent: null,
    fields: [],
    label: 'intersectoral theme',
    shared: true,
    described: true,
  },
};

/** The kinds below a kind (retiring it needs them retired first). */
export function childKinds(kind: FrameworkItemKind): FrameworkItemKind[] {
  return (Object.keys(KINDS) as FrameworkItemKind[]).filter((k) => KINDS[k].parent === kind);
}
