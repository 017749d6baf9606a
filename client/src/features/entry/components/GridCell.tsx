// One cell of the entry grid: its text or the input editing it, the refusal, the conflict's other value
// and the entry rules' warnings, with the ARIA attributes that tie them together.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { EntryKpi, EntrySheet } from '@rbm/shared/schemas';
import type { ValueWarning } from '@rbm/shared/rbm';
import { cellKey, editableCell, fieldKey, recordKey, type Column } from '../utils/cells.ts';
import { liveNumber } from '../utils/save-summary.ts';
import { CellContent } from './CellContent.tsx';
import { RuleWarnings } from './RuleWarnings.tsx';
import { cellErrorText } from './cell-errors.ts';
import type { EntryGridState } from './use-entry-grid.ts';
import type { GridCursor } from './use-grid-cursor.ts';

/** A column's header: its translated name, or a region's code with its name for screen readers. */
export function columnHeader(t: TFunction, sheet: EntrySheet, column: Column): ReactNode {
  if (column.id !== 'region') return t(`entry.columns.${column.id}`);
  const region = sheet.regions.find((r) => r.code === column.region);
  return (
    <>
      <span aria-hidden="true">{column.region}</span>
      <span className="visually-hidden">{region ? region.name.text : column.region}</span>
    </>
  );
}

export function GridCell({
  sheet,
  grid,
  cursor,
  kpi,
  column,
  row,
  col,
  warnings,
}: {
  sheet: EntrySheet;
  grid: EntryGridState;
  cursor: GridCursor;
  kpi: EntryKpi;
  column: Column;
  row: number;
  col: number;
  warnings?: ReadonlyMap<number, readonly ValueWarning[]>;
}) {
  const { t } = useTranslation();
  const { editing, pos } = cursor;
  const ref = editableCell(kpi, column, sheet.editable);
  const key = ref ? cellKey(ref) : null;
  const record = recordKey(kpi.id, column.id === 'region' ? column.region : null);
  const errorCode =
    key === null ? undefined : (grid.serverErrors[key] ?? grid.check(record).errors[ref?.field ?? 'value']);
  const isEditing = editing !== null && editing.row === row && editing.col === col;
  const errorId = `entry-error-${row}-${col}`;
  const conflict = key !== null && ref?.field === 'value' ? grid.conflicts[record] : undefined;
  const focused = pos.row === row && pos.col === col;
  const Tag = column.id === 'kpi' ? 'th' : 'td';
  const header = columnHeader(t, sheet, column);
  const label = `${kpi.code} · ${typeof header === 'string' ? header : column.region}`;
  const warningId = column.id === 'value' && warnings?.has(kpi.id) ? `entry-warning-${row}` : undefined;
  const describedBy = [errorCode ? errorId : '', warningId ?? ''].join(' ').trim() || undefined;
  return (
    <Tag
      scope={column.id === 'kpi' ? 'row' : undefined}
      role={column.id === 'kpi' ? 'rowheader' : 'gridcell'}
      data-cell={`${row}:${col}`}
      tabIndex={focused && !isEditing ? 0 : -1}
      aria-readonly={key === null ? true : undefined}
      aria-invalid={errorCode ? true : undefined}
      aria-describedby={describedBy}
      className={[
        `col-${column.id}`,
        key ? 'entry-editable' : '',
        errorCode ? 'entry-invalid' : '',
        conflict ? 'entry-conflict' : '',
      ].join(' ')}
      onFocus={() => !isEditing && cursor.setPos({ row, col })}
      onDoubleClick={() => cursor.startEditing(row, col, null)}
    >
      {isEditing ? (
        <input
          className="entry-input"
          aria-label={label}
          aria-invalid={errorCode ? true : undefined}
          aria-describedby={describedBy}
          value={editing.text}
          autoFocus
          inputMode={ref?.field === 'value' ? 'decimal' : undefined}
          onChange={(event) => cursor.setEditing({ ...editing, text: event.target.value })}
          onBlur={() => cursor.commit(null)}
          onFocus={(event) => {
            const end = event.currentTarget.value.length;
            event.currentTarget.setSelectionRange(end, end);
          }}
        />
      ) : (
        <CellContent
          sheet={sheet}
          kpi={kpi}
          column={column}
          stored={grid.stored.get(record) ?? null}
          live={liveNumber(grid.check(record), grid.stored.get(record)?.value ?? null)}
          text={(field, region = null) => grid.texts[fieldKey(recordKey(kpi.id, region), field)] ?? ''}
        />
      )}
      {conflict && (
        <span className="entry-conflict-values">
          {t('entry.conflict.theirs', {
            value: conflict.theirs?.value ?? conflict.theirs?.noDataReason ?? t('entry.conflict.deleted'),
          })}
        </span>
      )}
      {errorCode && (
        <span id={errorId} className="entry-error">
          {cellErrorText(t, errorCode, kpi.unit)}
        </span>
      )}
      {warningId && <RuleWarnings id={warningId} warnings={warnings?.get(kpi.id)} unit={kpi.unit} />}
    </Tag>
  );
}
