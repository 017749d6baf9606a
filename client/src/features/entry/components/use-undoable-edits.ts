// Edits as the planner makes them: each one (a typed cell, a cleared cell, a pasted block) can be undone
// as a whole with Ctrl/Cmd+Z.
import { useCallback, useState } from 'react';
import { popEdit, pushEdit, type UndoStack } from '../utils/undo.ts';
import type { CellText } from './use-cell-texts.ts';

export function useUndoableEdits(
  textOf: (cell: string) => string,
  apply: (changes: readonly CellText[]) => void,
) {
  const [undoStack, setUndoStack] = useState<UndoStack>([]);

  /** Sets cells' texts as one undoable edit; cells whose text does not change are left out. */
  const edit = useCallback(
    (changes: ReadonlyArray<CellText>) => {
      const real = changes.filter((c) => textOf(c.cell) !== c.text);
      if (real.length === 0) return;
      const undoable = real.map((c) => ({ cell: c.cell, before: textOf(c.cell), after: c.text }));
      setUndoStack((stack) => pushEdit(stack, undoable));
      apply(real);
    },
    [textOf, apply],
  );

  const undo = useCallback(() => {
    const popped = popEdit(undoStack);
    if (popped === null) return false;
    setUndoStack(popped.stack);
    apply(popped.restore);
    return true;
  }, [undoStack, apply]);

  return { edit, undo, canUndo: undoStack.length > 0 };
}
