// What a framework document would change in the stored one: per level and code, new, changed (with the
// fields), retired (stored, in use, left out of the file) or unchanged. Pure.
import type { FrameworkLevel } from '@rbm/shared';
import type { FrameworkDocument } from '@rbm/shared/schemas';

export type FrameworkChange = 'new' | 'changed' | 'retired' | 'unchanged';

export interface FrameworkItemChange {
  level: FrameworkLevel;
  code: string;
  change: FrameworkChange;
  fields: string[];
  /** Each changed field's stored and new value, as text (null: not set). */
  values: FieldChange[];
}

export interface FieldChange {
  field: string;
  before: string | null;
  after: string | null;
}

/** Levels whose items belong to the plan; units, regions and themes are shared by the plans. */
export const PLAN_LEVELS = [
  'goals',
  'targets',
  'priorities',
  'outcomes',
  'outputs',
  'enablers',
  'kpis',
] as const;
const SHARED_LEVELS = ['units', 'regions', 'themes'] as const;

/** JSON with sorted keys, so two equal items compare equal whatever the order of their fields. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
        )
      : v,
  );
}

/** A KPI's links are sets: the database keeps no order among them (its priority is named apart). */
const LINK_FIELDS = new Set(['outcomes', 'outputs', 'targets', 'themes', 'confirmedLanguages']);

function comparable(key: string, value: unknown): string {
  return canonical(LINK_FIELDS.has(key) && Array.isArray(value) ? [...(value as string[])].sort() : value);
}

/** A value as the preview shows it: text as it is, anything else as compact JSON, cut at 300 characters. */
function shown(key: string, value: unknown): string | null {
  if (value === undefined || value === null) return null;
  const text = typeof value === 'string' ? value : comparable(key, value);
  return text.length > 300 ? `${text.slice(0, 299)}…` : text;
}

function fieldValues(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  fields: string[],
): FieldChange[] {
  return fields.map((field) => ({
    field,
    before: shown(field, before[field]),
    after: shown(field, after[field]),
  }));
}

function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => comparable(k, before[k]) !== comparable(k, after[k])).sort();
}

/**
 * `stored` is the stored plan of the file's code (null for a new plan); `shared` any stored plan's document,
 * for the units, regions and themes the plans share (a new plan's file may name ones that exist).
 */
export function diffFrameworks(
  stored: FrameworkDocument | null,
  file: FrameworkDocument,
  shared: FrameworkDocument | null = stored,
): FrameworkItemChange[] {
  const changes: FrameworkItemChange[] = [];
  const planFields = stored ? changedFields(stored.plan, file.plan) : [];
  changes.push({
    level: 'plan',
    code: file.plan.code,
    change: !stored ? 'new' : planFields.length > 0 ? 'changed' : 'unchanged',
    fields: planFields,
    values: stored ? fieldValues(stored.plan, file.plan, planFields) : [],
  });
  for (const level of [...SHARED_LEVELS, ...PLAN_LEVELS]) {
    const from = (SHARED_LEVELS as readonly string[]).includes(level) ? shared : stored;
    const before = new Map(
      ((from?.[level] ?? []) as Array<{ code: string }>).map((item) => [
        item.code,
        item as Record<string, unknown>,
      ]),
    );
    const seen = new Set<string>();
    for (const item of file[level] as Array<{ code: string }>) {
      seen.add(item.code);
      const old = before.get(item.code);
      const fields = old ? changedFields(old, item as Record<string, unknown>) : [];
      changes.push({
        level,
        code: item.code,
        change: !old ? 'new' : fields.length > 0 ? 'changed' : 'unchanged',
        fields,
        values: old ? fieldValues(old, item as Record<string, unknown>, fields) : [],
      });
    }
    // Shared items another plan may use are never retired by leaving them out of one plan's file.
    if (!(PLAN_LEVELS as readonly string[]).includes(level)) continue;
    for (const [code, old] of before) {
      if (!seen.has(code) && old.retired !== true)
        changes.push({ level, code, change: 'retired', fields: [], values: [] });
    }
  }
  return changes;
}
