// Spreadsheet keys in the entry grid (the ARIA grid pattern), as pure functions: which action a key
// press means, and where the focus goes. In right-to-left languages the columns run right to left, so
// ArrowLeft moves to the next column (what the eye sees as "left").

export interface KeyPress {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

export interface CellPosition {
  row: number;
  col: number;
}

export type Move =
  | { kind: 'by'; rows: number; cols: number }
  | { kind: 'rowStart' }
  | { kind: 'rowEnd' }
  | { kind: 'gridStart' }
  | { kind: 'gridEnd' };

export type GridAction =
  | { type: 'move'; move: Move }
  /** Tab at the grid's edge: let the browser move focus out of the grid. */
  | { type: 'leave' }
  | { type: 'edit'; initial: string | null }
  | { type: 'commit'; move: Move | null }
  | { type: 'cancel' }
  | { type: 'clear' }
  /** Escape on a cell: bring back its saved value (and drop a refused text). */
  | { type: 'revert' }
  | { type: 'undo' };

const by = (rows: number, cols: number): Move => ({ kind: 'by', rows, cols });

/** The column step of a horizontal arrow: +1 is the next column (to the right in LTR, left in RTL). */
function horizontal(key: string, rtl: boolean): number {
  const forward = key === 'ArrowRight' ? 1 : -1;
  return rtl ? -forward : forward;
}

/** A key pressed on a focused cell (not editing). `atEdge` says whether Tab would leave the grid. */
export function navigationAction(
  press: KeyPress,
  options: { rtl: boolean; editable: boolean; atFirst: boolean; atLast: boolean },
): GridAction | null {
  const command = press.ctrlKey === true || press.metaKey === true;
  if (command && !press.altKey && press.key.toLowerCase() === 'z' && !press.shiftKey) return { type: 'undo' };
  switch (press.key) {
    case 'ArrowUp':
      return { type: 'move', move: command ? { kind: 'gridStart' } : by(-1, 0) };
    case 'ArrowDown':
      return { type: 'move', move: command ? { kind: 'gridEnd' } : by(1, 0) };
    case 'ArrowLeft':
    case 'ArrowRight':
      return { type: 'move', move: by(0, horizontal(press.key, options.rtl)) };
    case 'Home':
      return { type: 'move', move: command ? { kind: 'gridStart' } : { kind: 'rowStart' } };
    case 'End':
      return { type: 'move', move: command ? { kind: 'gridEnd' } : { kind: 'rowEnd' } };
    case 'PageUp':
      return { type: 'move', move: by(-10, 0) };
    case 'PageDown':
      return { type: 'move', move: by(10, 0) };
    case 'Tab':
      if (press.shiftKey) return options.atFirst ? { type: 'leave' } : { type: 'move', move: by(0, -1) };
      return options.atLast ? { type: 'leave' } : { type: 'move', move: by(0, 1) };
    case 'Enter':
    case 'F2':
      return options.editable ? { type: 'edit', initial: null } : { type: 'move', move: by(1, 0) };
    case 'Delete':
    case 'Backspace':
      return options.editable ? { type: 'clear' } : null;
    case 'Escape':
      return options.editable ? { type: 'revert' } : null;
    default:
      break;
  }
  if (!command && !press.altKey && press.key.length === 1 && options.editable) {
    return { type: 'edit', initial: press.key };
  }
  return null;
}

/** A key pressed while editing a cell's text. */
export function editingAction(press: KeyPress): GridAction | null {
  switch (press.key) {
    case 'Enter':
      return { type: 'commit', move: by(press.shiftKey ? -1 : 1, 0) };
    case 'Tab':
      return { type: 'commit', move: by(0, press.shiftKey ? -1 : 1) };
    case 'ArrowUp':
      return { type: 'commit', move: by(-1, 0) };
    case 'ArrowDown':
      return { type: 'commit', move: by(1, 0) };
    case 'Escape':
      return { type: 'cancel' };
    default:
      return null;
  }
}

/** Where a move lands, kept inside the grid of `rows` x `cols` cells. */
export function movePosition(from: CellPosition, move: Move, rows: number, cols: number): CellPosition {
  const clamp = (value: number, size: number) => Math.max(0, Math.min(size - 1, value));
  switch (move.kind) {
    case 'by':
      return { row: clamp(from.row + move.rows, rows), col: clamp(from.col + move.cols, cols) };
    case 'rowStart':
      return { row: from.row, col: 0 };
    case 'rowEnd':
      return { row: from.row, col: cols - 1 };
    case 'gridStart':
      return { row: 0, col: from.col };
    case 'gridEnd':
      return { row: rows - 1, col: from.col };
  }
}
