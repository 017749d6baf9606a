// The undo history of the grid: each entry is one edit (typing in a cell, clearing it, or pasting a block),
// holding every cell's text before and after, so undoing puts the previous texts back.

export interface CellChange {
  cell: string;
  before: string;
  after: string;
}

export type UndoStack = readonly (readonly CellChange[])[];

export const UNDO_LIMIT = 100;

/** The stack with one more edit (changes that change nothing are left out; an empty edit is not kept). */
export function pushEdit(stack: UndoStack, changes: readonly CellChange[]): UndoStack {
  const real = changes.filter((c) => c.before !== c.after);
  if (real.length === 0) return stack;
  const next = [...stack, real];
  return next.length > UNDO_LIMIT ? next.slice(next.length - UNDO_LIMIT) : next;
}

/** The last edit turned into the texts to restore, and the stack without it; null when nothing to undo. */
export function popEdit(
  stack: UndoStack,
): { restore: Array<{ cell: string; text: string }>; stack: UndoStack } | null {
  const last = stack[stack.length - 1];
  if (last === undefined) return null;
  return {
    restore: [...last].reverse().map((c) => ({ cell: c.cell, text: c.before })),
    stack: stack.slice(0, -1),
  };
}
