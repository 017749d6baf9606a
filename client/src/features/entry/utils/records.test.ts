import type { EntryValue } from '@rbm/shared/schemas';
import { describe, expect, it } from 'vitest';
import { gridColumns, editableCell, cellKey, parseCellKey } from './cells.ts';
import { checkRecord, textsOf } from './records.ts';

const stored: EntryValue = {
  valueId: 9,
  value: 45,
  noDataReason: null,
  note: 'n',
  evidenceUrl: null,
  state: 'draft',
  version: 3,
  returnComment: null,
};
const base = { unit: 'percent' as const, region: null, stored: null, language: 'fr' };

describe('checkRecord', () => {
  it('puts a typed number in the language, with the loaded version', () => {
    const checked = checkRecord({ ...base, stored, texts: { value: '45,5', note: ' ok ' } });
    expect(checked.errors).toEqual({});
    expect(checked.request).toEqual({
      kind: 'put',
      body: { value: 45.5, note: 'ok', evidenceUrl: null, version: 3 },
    });
  });

  it('gives the API codes for bad values and refuses to save them', () => {
    expect(checkRecord({ ...base, texts: { value: '150' } })).toMatchObject({
      errors: { value: 'percent_out_of_range' },
      request: null,
    });
    expect(checkRecord({ ...base, texts: { value: 'abc' } }).errors).toEqual({ value: 'not_a_number' });
    expect(checkRecord({ ...base, unit: 'count', texts: { value: '2,5' } }).errors).toEqual({
      value: 'count_not_integer',
    });
    expect(checkRecord({ ...base, texts: { value: '5', evidence: 'not a link' } }).errors).toEqual({
      evidence: 'url_invalid',
    });
    expect(checkRecord({ ...base, texts: { value: '5', note: 'x'.repeat(2001) } }).errors).toEqual({
      note: 'too_long',
    });
    expect(checkRecord({ ...base, texts: { value: '', note: 'why' } }).errors).toEqual({
      value: 'no_data_reason_required',
    });
  });

  it('declares no data with a reason, deletes an emptied value, does nothing for an empty new one', () => {
    expect(checkRecord({ ...base, texts: { value: '', noData: 'Survey postponed' } }).request).toEqual({
      kind: 'put',
      body: { value: null, noDataReason: 'Survey postponed', note: null, evidenceUrl: null },
    });
    expect(checkRecord({ ...base, stored, texts: { value: '' } }).request).toEqual({
      kind: 'delete',
      version: 3,
    });
    expect(checkRecord({ ...base, texts: { value: ' ' } }).request).toEqual({ kind: 'none' });
  });

  it('sends a regional value with its region only', () => {
    expect(checkRecord({ ...base, region: 'AFR', texts: { value: '12', note: 'ignored' } }).request).toEqual({
      kind: 'put',
      body: { value: 12, region: 'AFR' },
    });
  });
});

describe('textsOf', () => {
  it('shows stored values for editing in the language', () => {
    expect(textsOf({ ...stored, value: 1234.5 }, 'fr', false)).toEqual({
      value: '1234,5',
      noData: '',
      note: 'n',
      evidence: '',
    });
    expect(textsOf(null, 'en', true)).toEqual({ value: '' });
  });
});

describe('cells', () => {
  it('lists regional columns only when shown, and finds editable cells', () => {
    const columns = gridColumns(['AFR', 'EUR'], true);
    expect(columns.map((c) => c.region ?? c.id)).toEqual([
      'kpi',
      'unit',
      'baseline',
      'target',
      'expected',
      'lastQuarter',
      'value',
      'AFR',
      'EUR',
      'noData',
      'note',
      'evidence',
      'status',
      'state',
    ]);
    expect(gridColumns(['AFR'], false)).toHaveLength(12);
    const kpi = { id: 4, byRegion: false } as Parameters<typeof editableCell>[0];
    expect(editableCell(kpi, { id: 'region', region: 'AFR' }, true)).toBeNull();
    expect(editableCell({ ...kpi, byRegion: true }, { id: 'region', region: 'AFR' }, true)).toEqual({
      kpiId: 4,
      region: 'AFR',
      field: 'value',
    });
    expect(editableCell(kpi, { id: 'value' }, false)).toBeNull();
    expect(editableCell(kpi, { id: 'status' }, true)).toBeNull();
    expect(parseCellKey(cellKey({ kpiId: 4, region: null, field: 'note' }))).toEqual({
      kpiId: 4,
      region: null,
      field: 'note',
    });
  });
});
