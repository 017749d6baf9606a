// The grid's editing state, put together from its concerns: the cells' texts (use-cell-texts), the sheet's
// records and their checks (use-sheet-records), autosave and conflicts (use-record-saves) and undo
// (use-undoable-edits). Here: what an edit, Escape and a conflict's choice do across them, and the summary.
import { useCallback, useMemo } from 'react';
import type { ValueLimits } from '@rbm/shared/rbm';
import type { EntrySheet, EntryValue } from '@rbm/shared/schemas';
import { currentLanguage } from '../../../lib/i18n.ts';
import { fieldKey, parseCellKey, parseRecordKey, recordOfCell, type Field } from '../utils/cells.ts';
import { recordTextsOf, textsOf, type CheckedRecord } from '../utils/records.ts';
import { refusedCells, saveSummary } from '../utils/save-summary.ts';
import { useCellTexts, type CellText } from './use-cell-texts.ts';
import { useRecordSaves } from './use-record-saves.ts';
import { useSheetRecords } from './use-sheet-records.ts';
import { useUndoableEdits } from './use-undoable-edits.ts';

export function useEntryGrid(sheet: EntrySheet, limits?: (kpiId: number) => ValueLimits | null) {
  const language = currentLanguage();
  const { texts, write, textOf, recordTexts } = useCellTexts(sheet, language);
  const { storedValue, setStored, snapshot, publish, checkTexts } = useSheetRecords(sheet, language, limits);

  const check = useCallback(
    (key: string): CheckedRecord => checkTexts(key, recordTexts(key), storedValue(key)),
    [checkTexts, recordTexts, storedValue],
  );

  const saves = useRecordSaves({ sheet, language, check, setStored, publishStored: publish });
  const { status, serverErrors, conflicts, save, schedule, unschedule, setRecordStatus } = saves;
  const { dropServerErrors, dropConflict } = saves;

  const applyTexts = useCallback(
    (changes: readonly CellText[]) => {
      write(changes);
      dropServerErrors(changes.map((c) => c.cell));
      for (const record of new Set(changes.map((c) => recordOfCell(c.cell)))) schedule(record);
    },
    [write, dropServerErrors, schedule],
  );

  /** Sets cells' texts as one undoable edit and saves their records after a pause. */
  const { edit, undo, canUndo } = useUndoableEdits(textOf, applyTexts);

  const keepMine = useCallback(
    (key: string) => {
      setStored(key, conflicts[key]?.theirs ?? null);
      dropConflict(key);
      void save(key);
    },
    [conflicts, save, setStored, dropConflict],
  );

  const takeTheirs = useCallback(
    (key: string) => {
      const theirs = conflicts[key]?.theirs ?? null;
      setStored(key, theirs);
      publish();
      const regional = parseRecordKey(key).region !== null;
      write(
        Object.entries(textsOf(theirs, language, regional)).map(([field, text]) => ({
          cell: fieldKey(key, field as Field),
          text,
        })),
      );
      dropConflict(key);
      setRecordStatus(key, 'saved');
    },
    [conflicts, language, setStored, publish, write, dropConflict, setRecordStatus],
  );

  // Escape: the cell's saved text comes back (undoable), and its refusal goes; a record back to what is
  // stored has nothing to save.
  const revert = useCallback(
    (cell: string) => {
      const { region, field } = parseCellKey(cell);
      const key = recordOfCell(cell);
      const savedTexts = textsOf(storedValue(key), language, region !== null);
      edit([{ cell, text: savedTexts[field] ?? '' }]);
      dropServerErrors([cell]);
      const texts = recordTexts(key);
      if (Object.entries(savedTexts).every(([f, text]) => (texts[f as Field] ?? '') === text))
        unschedule(key);
    },
    [edit, language, recordTexts, storedValue, dropServerErrors, unschedule],
  );

  // Every record checked from what the grid shows (state, not refs), for the count of refused cells.
  const checks = useMemo(
    () =>
      new Map(
        [...snapshot.keys()].map((key) => [
          key,
          checkTexts(key, recordTextsOf(texts, key), snapshot.get(key) ?? null),
        ]),
      ),
    [snapshot, texts, checkTexts],
  );
  const refused = refusedCells(checks, serverErrors);
  const values = Object.values(status);
  const summary = saveSummary(values, refused);
  const unsaved = refused > 0 || values.some((s) => s !== 'saved');

  return {
    texts,
    stored: snapshot as ReadonlyMap<string, EntryValue | null>,
    status,
    serverErrors,
    conflicts,
    summary,
    unsaved,
    canUndo,
    check,
    edit,
    revert,
    undo,
    keepMine,
    takeTheirs,
    retry: saves.retry,
  };
}

export type EntryGridState = ReturnType<typeof useEntryGrid>;
