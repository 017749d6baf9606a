// Which fields of a KPI's definition an update really changes: their values before and after (for the
// audit log, in the API's shape) and the columns to write.
import type { KpiDefinition, UpdateKpiBody } from '@rbm/shared/schemas';
import type { Updateable } from 'kysely';
import type { KpiTable } from '../../db/schema.ts';

type EditableField = keyof UpdateKpiBody;
type Baseline = KpiDefinition['baseline'];

export interface KpiChanges {
  before: Partial<Pick<KpiDefinition, EditableField>>;
  after: Partial<Pick<KpiDefinition, EditableField>>;
  columns: Updateable<KpiTable>;
}

function sameBaseline(a: Baseline, b: Baseline): boolean {
  return a === null || b === null ? a === b : a.value === b.value && a.period === b.period;
}

function toColumns(field: EditableField, value: unknown): Updateable<KpiTable> {
  switch (field) {
    case 'baseline': {
      const baseline = value as Baseline;
      return { baselineValue: baseline?.value ?? null, baselinePeriod: baseline?.period ?? null };
    }
    case 'active':
      return { active: value ? 1 : 0 };
    default:
      return { [field]: value };
  }
}

/** Compares the requested values (undefined: not asked for) with the current definition. */
export function changedFields(current: KpiDefinition, requested: UpdateKpiBody): KpiChanges {
  const changes: KpiChanges = { before: {}, after: {}, columns: {} };
  for (const field of Object.keys(requested) as EditableField[]) {
    const next = requested[field];
    if (next === undefined) continue;
    const previous = current[field];
    const same =
      field === 'baseline' ? sameBaseline(previous as Baseline, next as Baseline) : previous === next;
    if (same) continue;
    Object.assign(changes.before, { [field]: previous });
    Object.assign(changes.after, { [field]: next });
    Object.assign(changes.columns, toColumns(field, next));
  }
  return changes;
}
