// What the planner typed for one value record, checked with the API's own rules (the shared value
// checks and the PUT body's limits), and turned into the request that saves it.
import type { KpiUnit } from '@rbm/shared';
import { validateKpiValue, type ValueLimits } from '@rbm/shared/rbm';
import { PutValueBodySchema, type EntryValue, type PutValueBody } from '@rbm/shared/schemas';
import { fieldKey, type Field } from './cells.ts';
import { editableNumber, parseNumber } from './parse-number.ts';

export type RecordTexts = Partial<Record<Field, string>>;

interface StringRule {
  maxLength?: number;
  pattern?: string;
}

/** The string limits of a PUT body property (a nullable string in the schema). */
function ruleOf(property: keyof typeof PutValueBodySchema.properties): StringRule {
  const schema = PutValueBodySchema.properties[property] as unknown as { anyOf?: StringRule[] } & StringRule;
  return schema.anyOf?.find((s) => s.maxLength !== undefined || s.pattern !== undefined) ?? schema;
}

function checkText(text: string, rule: StringRule): string | null {
  if (rule.maxLength !== undefined && text.length > rule.maxLength) return 'too_long';
  if (rule.pattern !== undefined && text !== '' && !new RegExp(rule.pattern).test(text)) return 'url_invalid';
  return null;
}

const RULES: Record<Exclude<Field, 'value'>, StringRule> = {
  noData: ruleOf('noDataReason'),
  note: ruleOf('note'),
  evidence: ruleOf('evidenceUrl'),
};

/** A record's texts out of the grid's cell texts (keyed `kpiId|region|field`). */
export function recordTextsOf(texts: Readonly<Record<string, string>>, key: string): RecordTexts {
  const result: RecordTexts = {};
  for (const field of ['value', 'noData', 'note', 'evidence'] as const) {
    const text = texts[fieldKey(key, field)];
    if (text !== undefined) result[field] = text;
  }
  return result;
}

/** The texts of a stored value as the grid shows them for editing. */
export function textsOf(value: EntryValue | null, language: string, regional: boolean): RecordTexts {
  const texts: RecordTexts = { value: editableNumber(value?.value ?? null, language) };
  if (regional) return texts;
  return {
    ...texts,
    noData: value?.noDataReason ?? '',
    note: value?.note ?? '',
    evidence: value?.evidenceUrl ?? '',
  };
}

export type SaveRequest =
  { kind: 'put'; body: PutValueBody } | { kind: 'delete'; version: number } | { kind: 'none' };

export interface CheckedRecord {
  /** Field -> stable error code (the API's where it has one). */
  errors: Partial<Record<Field, string>>;
  /** The typed number (null when empty or not a number). */
  number: number | null;
  request: SaveRequest | null;
}

/**
 * Checks a record's texts and builds the request that saves it: a PUT of the value (or of a "no data"
 * reason), a DELETE when everything was emptied, nothing when nothing is stored and nothing typed. With
 * errors, `request` is null.
 */
export function checkRecord(input: {
  texts: RecordTexts;
  unit: KpiUnit;
  region: string | null;
  stored: EntryValue | null;
  language: string;
  /** The KPI's hard limits under the plan's entry rules. */
  limits?: ValueLimits | null;
}): CheckedRecord {
  const { texts, unit, region, stored, language } = input;
  const errors: CheckedRecord['errors'] = {};
  const valueText = (texts.value ?? '').trim();
  const number = parseNumber(valueText, language);
  if (valueText !== '' && number === null) errors.value = 'not_a_number';
  else if (number !== null) {
    const code = validateKpiValue(unit, number, input.limits);
    if (code !== null) errors.value = code;
  }
  const text = (field: Exclude<Field, 'value'>) => (region === null ? (texts[field] ?? '').trim() : '');
  for (const field of ['noData', 'note', 'evidence'] as const) {
    const code = checkText(text(field), RULES[field]);
    if (code !== null) errors[field] = code;
  }
  const reason = text('noData');
  const extras = text('note') !== '' || text('evidence') !== '';
  if (valueText === '' && reason === '' && extras) errors.value = 'no_data_reason_required';
  if (Object.keys(errors).length > 0) return { errors, number, request: null };

  if (number === null && reason === '') {
    return {
      errors,
      number,
      request: stored === null ? { kind: 'none' } : { kind: 'delete', version: stored.version },
    };
  }
  const body: PutValueBody = { value: number };
  if (number === null) body.noDataReason = reason;
  if (region !== null) body.region = region;
  else {
    body.note = text('note') === '' ? null : text('note');
    body.evidenceUrl = text('evidence') === '' ? null : text('evidence');
  }
  if (stored !== null) body.version = stored.version;
  return { errors, number, request: { kind: 'put', body } };
}
