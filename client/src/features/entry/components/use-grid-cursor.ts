// Where the planner is in the entry grid and what the keys do there (ARIA grid pattern, roving tabindex):
// the focused cell, the cell being edited, the spreadsheet keys, and a block pasted from Excel.
import { useRef, useState, type ClipboardEvent, type KeyboardEvent, type RefObject } from 'react';
import type { EntryKpi, EntrySheet } from '@rbm/shared/schemas';
import { cellKey, editableCell, parseCellKey, recordOfCell, type Column } from '../utils/cells.ts';
import { editingAction, movePosition, navigationAction, type Move } from '../utils/grid-keys.ts';
import { parseClipboardBlock, pasteTargets } from '../utils/paste.ts';
import type { EntryGridState } from './use-entry-grid.ts';

export interface Editing {
  row: number;
  col: number;
  cell: string;
  text: string;
}

export function useGridCursor({
  sheet,
  grid,
  rows,
  columns,
  tableRef,
}: {
  sheet: EntrySheet;
  grid: EntryGridState;
  rows: readonly EntryKpi[];
  columns: readonly Column[];
  tableRef: RefObject<HTMLTableElement | null>;
}) {
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
        const field = parseCellKey(editing.cell).field;
        if (grid.serverErrors[editing.cell] ?? grid.check(recordOfCell(editing.cell)).errors[field])
          grid.revert(editing.cell);
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

  return { pos, setPos, editing, setEditing, startEditing, commit, onKeyDown, onPaste };
}

export type GridCursor = ReturnType<typeof useGridCursor>;
