// The texts shown in the grid's cells (keyed `kpiId|region|field`): state to render, and a ref that
// saves and checks read (it may be ahead of the state by a render).
import { useCallback, useRef, useState } from 'react';
import type { EntrySheet } from '@rbm/shared/schemas';
import { recordTextsOf, type RecordTexts } from '../utils/records.ts';
import { initialTexts } from '../utils/sheet-values.ts';

export interface CellText {
  cell: string;
  text: string;
}

export function useCellTexts(sheet: EntrySheet, language: string) {
  const [texts, setTexts] = useState(() => initialTexts(sheet, language));
  const textsRef = useRef(texts);

  /** Sets cells' texts (no undo, no save: the callers decide). */
  const write = useCallback((changes: ReadonlyArray<CellText>) => {
    const next = { ...textsRef.current };
    for (const change of changes) next[change.cell] = change.text;
    textsRef.current = next;
    setTexts(next);
  }, []);

  /** A cell's latest text ('' when it has none). */
  const textOf = useCallback((cell: string) => textsRef.current[cell] ?? '', []);

  /** A record's latest texts. */
  const recordTexts = useCallback((key: string): RecordTexts => recordTextsOf(textsRef.current, key), []);

  return { texts, write, textOf, recordTexts };
}
