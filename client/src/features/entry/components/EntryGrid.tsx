// The entry grid: a spreadsheet of the priority's KPIs (ARIA grid pattern, roving tabindex). Arrows move,
// Enter or typing edits, Enter commits and moves down, Escape cancels and brings back a refused cell's
// saved value, Tab moves right and leaves at the end, a block pasted from Excel fills the cells it covers,
// Ctrl/Cmd+Z undoes the last edit.
import { Fragment, useMemo, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntryKpi, EntrySheet } from '@rbm/shared/schemas';
import type { ValueWarning } from '@rbm/shared/rbm';
import { LocalizedName } from '../../../components/ui/LocalizedName.tsx';
import { isolate } from '../../../lib/bidi.ts';
import { currentLanguage } from '../../../lib/i18n.ts';
import { cellKey, editableCell, gridColumns, parseCellKey, recordKey, type Column } from '../utils/cells.ts';
import { liveNumber } from '../utils/save-summary.ts';
import { editingAction, movePosition, navigationAction, type Move } from '../utils/grid-keys.ts';
import { parseClipboardBlock, pasteTargets } from '../utils/paste.ts';
import { CellContent } from './CellContent.tsx';
import { RuleWarnings } from './RuleWarnings.tsx';
import { cellErrorText } from './cell-errors.ts';
import type { EntryGridState } from './use-entry-grid.ts';
import { periodText } from '../../../lib/period-text.ts';

interface Editing {
  row: number;
  col: number;
  cell: string;
  text: string;
}

export function EntryGrid({
  sheet,
  grid,
  showRegions,
  warnings,
}: {
  sheet: EntrySheet;
  grid: EntryGridState;
  showRegions: boolean;
  /** Each KPI's warnings under the plan's entry rules, shown in its value cell. */
  warnings?: ReadonlyMap<number, readonly ValueWarning[]>;
}) {
  const { t } = useTranslation();
  const tableRef = useRef<HTMLTableElement>(null);
  const rows = useMemo(() => sheet.outcomes.flatMap((o) => o.kpis), [sheet]);
  const hasRegions = rows.some((k) => k.byRegion);
  const columns = gridColumns(
    sheet.regions.map((r) => r.code),
    showRegions && hasRegions,
  );
  const valueCol = columns.findIndex((c) => c.id === 'value');
  const [pos, setPos] = useState({ row: 0, col: valueCol });
  const [editing, setEditingState] = useState<Editing | null>(null);
  // The edit in progress, read by blur (which may fire after Enter has already committed it).
  const editingRef = useRef<Editing | null>(null);
  const setEditing = (next: Editing | null) => {
    editingRef.current = next;
    setEditingState(next);
  };

  const cellAt = (row: number, col: number) => {
    const kpi = rows[row];
    const column = columns[col];
    return kpi && column ? editableCell(kpi, column, sheet.editable) : null;
  };
  const focusCell = (row: number, col: number) => {
    setPos({ row, col });
    // At once (every cell is in the DOM), so a key typed right after Enter lands in the new cell.
    tableRef.current?.querySelector<HTMLElement>(`[data-cell="${row}:${col}"]`)?.focus();
  };
  const move = (m: Move, from = pos) => {
    const next = movePosition(from, m, rows.length, columns.length);
    focusCell(next.row, next.col);
  };
  const startEditing = (row: number, col: number, initial: string | null) => {
    const ref = cellAt(row, col);
    if (!ref) return;
    const cell = cellKey(ref);
    setEditing({ row, col, cell, text: initial ?? grid.texts[cell] ?? '' });
  };
  const commit = (then: Move | null) => {
    const editing = editingRef.current;
    if (!editing) return;
    grid.edit([{ cell: editing.cell, text: editing.text.trim() }]);
    setEditing(null);
    if (then) move(then, editing);
    else focusCell(editing.row, editing.col);
  };

  function onKeyDown(event: KeyboardEvent<HTMLTableElement>) {
    const rtl = document.documentElement.dir === 'rtl';
    if (editing) {
      const action = editingAction(event);
      if (!action) return;
      event.preventDefault();
      if (action.type === 'cancel') {
        setEditing(null);
        // A cell already holding refused text gets its saved value back, as Escape does outside editing.
        const record = editing.cell.slice(0, editing.cell.lastIndexOf('|'));
        const field = parseCellKey(editing.cell).field;
        if (grid.serverErrors[editing.cell] ?? grid.check(record).errors[field]) grid.revert(editing.cell);
        focusCell(editing.row, editing.col);
      } else if (action.type === 'commit') commit(action.move);
      return;
    }
    const action = navigationAction(event, {
      rtl,
      editable: cellAt(pos.row, pos.col) !== null,
      atFirst: pos.col === 0 && pos.row === 0,
      atLast: pos.col === columns.length - 1 && pos.row === rows.length - 1,
    });
    if (!action || action.type === 'leave') return;
    event.preventDefault();
    if (action.type === 'move') {
      // Tab wraps to the next row's first column, as in a sheet.
      if (event.key === 'Tab' && !event.shiftKey && pos.col === columns.length - 1) focusCell(pos.row + 1, 0);
      else if (event.key === 'Tab' && event.shiftKey && pos.col === 0)
        focusCell(pos.row - 1, columns.length - 1);
      else move(action.move);
    } else if (action.type === 'edit') startEditing(pos.row, pos.col, action.initial);
    else if (action.type === 'clear') {
      const ref = cellAt(pos.row, pos.col);
      if (ref) grid.edit([{ cell: cellKey(ref), text: '' }]);
    } else if (action.type === 'revert') {
      const ref = cellAt(pos.row, pos.col);
      if (ref) grid.revert(cellKey(ref));
    } else if (action.type === 'undo') grid.undo();
  }

  function onPaste(event: ClipboardEvent<HTMLTableElement>) {
    const text = event.clipboardData.getData('text/plain');
    if (editing && !/[\t\n]/.test(text.trim())) return; // plain paste into the cell being edited
    event.preventDefault();
    const from = editing ?? pos;
    setEditing(null);
    const targets = pasteTargets(parseClipboardBlock(text), from, (r, c) => {
      const ref = cellAt(r, c);
      return ref ? cellKey(ref) : null;
    });
    grid.edit(targets.map((target) => ({ cell: target.cell, text: target.text })));
    focusCell(from.row, from.col);
  }

  const header = (column: Column) => {
    if (column.id !== 'region') return t(`entry.columns.${column.id}`);
    const region = sheet.regions.find((r) => r.code === column.region);
    return (
      <>
        <span aria-hidden="true">{column.region}</span>
        <span className="visually-hidden">{region ? region.name.text : column.region}</span>
      </>
    );
  };

  let rowIndex = -1;
  return (
    <div className="entry-grid-scroll">
      <table
        ref={tableRef}
        role="grid"
        className="entry-grid"
        aria-labelledby="entry-grid-caption"
        aria-readonly={sheet.editable ? undefined : true}
        onKeyDown={onKeyDown}
        onPaste={onPaste}
      >
        <caption id="entry-grid-caption" className="visually-hidden">
          {t('entry.gridCaption', {
            priority: isolate(sheet.priority.code),
            period: periodText(sheet.period, currentLanguage()),
          })}
        </caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.region ?? column.id} scope="col" className={`col-${column.id}`}>
                {header(column)}
              </th>
            ))}
          </tr>
        </thead>
        {sheet.outcomes.map((outcome) => (
          <tbody key={outcome.code ?? 'none'}>
            <tr className="entry-outcome">
              <th scope="colgroup" colSpan={columns.length}>
                {outcome.code === null || outcome.name === null ? (
                  t('entry.noOutcome')
                ) : (
                  <>
                    {outcome.code} · <LocalizedName value={outcome.name} />
                  </>
                )}
              </th>
            </tr>
            {outcome.kpis.map((kpi) => {
              rowIndex++;
              const row = rowIndex;
              return (
                <tr
                  key={kpi.id}
                  data-kpi={kpi.code}
                  className={kpi.total?.returnComment ? 'entry-returned' : undefined}
                >
                  {columns.map((column, col) => (
                    <Fragment key={column.region ?? column.id}>
                      {renderCell({ kpi, column, row, col })}
                    </Fragment>
                  ))}
                </tr>
              );
            })}
          </tbody>
        ))}
      </table>
    </div>
  );

  function renderCell({
    kpi,
    column,
    row,
    col,
  }: {
    kpi: EntryKpi;
    column: Column;
    row: number;
    col: number;
  }) {
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
    const label = `${kpi.code} · ${typeof header(column) === 'string' ? header(column) : column.region}`;
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
        onFocus={() => !isEditing && setPos({ row, col })}
        onDoubleClick={() => startEditing(row, col, null)}
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
            onChange={(event) => setEditing({ ...editing, text: event.target.value })}
            onBlur={() => commit(null)}
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
            text={(field, region = null) => grid.texts[`${recordKey(kpi.id, region)}|${field}`] ?? ''}
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
}
