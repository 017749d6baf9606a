// What the grid says about saving, told truthfully: a cell holding text the checks refused is not saved,
// whatever else has been, so the summary counts those cells before it ever says "all changes saved".
import { fieldKey, type Field } from './cells.ts';
import type { CheckedRecord } from './records.ts';

export type RecordStatus = 'pending' | 'saving' | 'saved' | 'failed' | 'conflict' | 'invalid';
export type SaveSummary =
  { kind: 'idle' | 'saving' | 'saved' | 'failed' } | { kind: 'refused'; cells: number };

/** Cells whose text is refused: by the grid's own checks (per record) or by the server (per cell). */
export function refusedCells(
  checks: ReadonlyMap<string, Pick<CheckedRecord, 'errors'>>,
  serverErrors: Readonly<Record<string, string>>,
): number {
  const cells = new Set(Object.keys(serverErrors));
  for (const [record, checked] of checks)
    for (const field of Object.keys(checked.errors)) cells.add(fieldKey(record, field as Field));
  return cells.size;
}

/**
 * A save that failed comes first (it offers a retry), then refused cells, then saves on the way; "saved"
 * only when nothing is refused, pending or failed.
 */
export function saveSummary(statuses: readonly RecordStatus[], refused: number): SaveSummary {
  if (statuses.some((s) => s === 'failed' || s === 'conflict')) return { kind: 'failed' };
  if (refused > 0) return { kind: 'refused', cells: refused };
  if (statuses.some((s) => s === 'pending' || s === 'saving')) return { kind: 'saving' };
  return { kind: statuses.includes('saved') ? 'saved' : 'idle' };
}

/**
 * The figure the live status is computed from: the typed number when the record passes its checks,
 * otherwise the last saved figure (never a refused text such as "-5" on a percentage).
 */
export function liveNumber(
  checked: Pick<CheckedRecord, 'errors' | 'number'>,
  saved: number | null,
): number | null {
  return Object.keys(checked.errors).length > 0 ? saved : checked.number;
}
