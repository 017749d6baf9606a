// The entry grid's cells: which columns it has, which cells can be typed in, and the key of each cell and
// of the value record (a KPI as a whole, or one of its regions) the cell belongs to.
import type { EntryKpi } from '@rbm/shared/schemas';

/** The parts of a value record a planner types: the number, the "no data" reason, a note, an evidence link. */
export type Field = 'value' | 'noData' | 'note' | 'evidence';

export interface CellRef {
  kpiId: number;
  /** null: the KPI as a whole. */
  region: string | null;
  field: Field;
}

export type ColumnId =
  | 'kpi'
  | 'unit'
  | 'baseline'
  | 'target'
  | 'expected'
  | 'lastQuarter'
  | 'value'
  | 'noData'
  | 'note'
  | 'evidence'
  | 'status'
  | 'state';

export type Column = { id: ColumnId; region?: undefined } | { id: 'region'; region: string };

export const recordKey = (kpiId: number, region: string | null) => `${kpiId}|${region ?? ''}`;
/** A cell of a record, from the record's key (`kpiId|region`) and the field. */
export const fieldKey = (record: string, field: Field) => `${record}|${field}`;
export const cellKey = (ref: CellRef) => fieldKey(recordKey(ref.kpiId, ref.region), ref.field);

/** The key of the value record a cell (`kpiId|region|field`) belongs to. */
export const recordOfCell = (cell: string) => cell.slice(0, cell.lastIndexOf('|'));

/** The KPI and region of a record key (`kpiId|region`). */
export function parseRecordKey(key: string): { kpiId: number; region: string | null } {
  const { kpiId, region } = parseCellKey(fieldKey(key, 'value'));
  return { kpiId, region };
}

export function parseCellKey(key: string): CellRef {
  const [kpiId, region, field] = key.split('|');
  return {
    kpiId: Number(kpiId),
    region: region === '' || region === undefined ? null : region,
    field: field as Field,
  };
}

const LEADING: ColumnId[] = ['kpi', 'unit', 'baseline', 'target', 'expected', 'lastQuarter', 'value'];
const TRAILING: ColumnId[] = ['noData', 'note', 'evidence', 'status', 'state'];

/** The grid's columns; regional columns only when some KPI is reported by region and they are shown. */
export function gridColumns(regions: readonly string[], showRegions: boolean): Column[] {
  return [
    ...LEADING.map((id) => ({ id })),
    ...(showRegions ? regions.map((region) => ({ id: 'region' as const, region })) : []),
    ...TRAILING.map((id) => ({ id })),
  ];
}

/**
 * The cell a planner can type in at this column of the KPI's row, or null (read-only). A KPI approved in
 * a partly returned quarter stays locked (the server answers 423); only the KPIs sent back are open.
 */
export function editableCell(kpi: EntryKpi, column: Column, editable: boolean): CellRef | null {
  if (!editable || kpi.total?.state === 'approved') return null;
  switch (column.id) {
    case 'value':
      return { kpiId: kpi.id, region: null, field: 'value' };
    case 'noData':
      return { kpiId: kpi.id, region: null, field: 'noData' };
    case 'note':
      return { kpiId: kpi.id, region: null, field: 'note' };
    case 'evidence':
      return { kpiId: kpi.id, region: null, field: 'evidence' };
    case 'region':
      return kpi.byRegion ? { kpiId: kpi.id, region: column.region, field: 'value' } : null;
    default:
      return null;
  }
}
