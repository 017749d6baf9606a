// Which cells of a value record a 4xx answer refuses: the problem's field errors mapped to the grid's
// fields, or the record's value cell when the answer names no field.
import type { Problem } from '@rbm/shared/schemas';
import { fieldKey, type Field } from './cells.ts';

const FIELD_OF_PROBLEM: Record<string, Field> = {
  'body.value': 'value',
  'body.noDataReason': 'noData',
  'body.note': 'note',
  'body.evidenceUrl': 'evidence',
};

/** Cell key -> the error code to show there (the first one per cell). */
export function refusedFields(record: string, problem: Problem): Record<string, string> {
  const found: Record<string, string> = {};
  for (const error of problem.errors ?? []) {
    found[fieldKey(record, FIELD_OF_PROBLEM[error.field] ?? 'value')] ??= error.code;
  }
  if (Object.keys(found).length === 0) found[fieldKey(record, 'value')] = problem.code;
  return found;
}
