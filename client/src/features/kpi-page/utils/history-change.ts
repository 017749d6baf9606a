// What an audit entry changed, as short "field: before → after" lines for the KPI's value history.

const SHOWN_FIELDS = [
  'value',
  'state',
  'status',
  'noDataReason',
  'note',
  'target',
  'newValue',
  'name',
] as const;

function asRecord(snapshot: unknown): Record<string, unknown> {
  return typeof snapshot === 'object' && snapshot !== null ? (snapshot as Record<string, unknown>) : {};
}

function text(value: unknown): string {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return String(value);
  return JSON.stringify(value);
}

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

/** The fields an entry changed (those worth showing), in a fixed order; numbers through `formatNumber`. */
export function fieldChanges(
  before: unknown,
  after: unknown,
  formatNumber: (n: number) => string,
): FieldChange[] {
  const b = asRecord(before);
  const a = asRecord(after);
  const show = (v: unknown) => (typeof v === 'number' ? formatNumber(v) : text(v));
  return SHOWN_FIELDS.filter((field) => (field in a || field in b) && text(a[field]) !== text(b[field])).map(
    (field) => ({ field, before: show(b[field]), after: show(a[field]) }),
  );
}
