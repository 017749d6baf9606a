import type { EntryKpi } from '@rbm/shared/schemas';
import { describe, expect, it } from 'vitest';
import {
  cellKey,
  editableCell,
  fieldKey,
  parseCellKey,
  parseRecordKey,
  recordKey,
  recordOfCell,
} from './cells.ts';

const kpi = (state: 'draft' | 'approved' | null) =>
  ({
    id: 7,
    byRegion: true,
    total: state === null ? null : { state },
  }) as unknown as EntryKpi;

describe('editableCell', () => {
  it('opens the cells of a KPI in draft or without a value while the sheet is editable', () => {
    expect(editableCell(kpi('draft'), { id: 'value' }, true)).toEqual({
      kpiId: 7,
      region: null,
      field: 'value',
    });
    expect(editableCell(kpi(null), { id: 'region', region: 'AFR' }, true)).toEqual({
      kpiId: 7,
      region: 'AFR',
      field: 'value',
    });
    expect(editableCell(kpi('draft'), { id: 'value' }, false)).toBeNull();
  });

  it('keeps a KPI approved in a partly returned quarter locked', () => {
    for (const column of [{ id: 'value' }, { id: 'note' }, { id: 'region', region: 'AFR' }] as const) {
      expect(editableCell(kpi('approved'), column, true)).toBeNull();
    }
  });
});

describe('cell and record keys', () => {
  it('round-trips a cell of the KPI as a whole and of a region', () => {
    for (const ref of [
      { kpiId: 7, region: null, field: 'note' },
      { kpiId: 12, region: 'AFR', field: 'value' },
    ] as const) {
      const cell = cellKey(ref);
      expect(parseCellKey(cell)).toEqual(ref);
      expect(recordOfCell(cell)).toBe(recordKey(ref.kpiId, ref.region));
      expect(fieldKey(recordOfCell(cell), ref.field)).toBe(cell);
      expect(parseRecordKey(recordOfCell(cell))).toEqual({ kpiId: ref.kpiId, region: ref.region });
    }
  });
});
