// The grid's editing state: the texts typed in each cell, their checks, autosave per value record
// (debounced, with the loaded version), conflicts (409) with both values, and undo of the last edit.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ValueLimits } from '@rbm/shared/rbm';
import type { EntryKpi, EntrySheet, EntryValue } from '@rbm/shared/schemas';
import { ApiError } from '../../../lib/api-client.ts';
import { currentLanguage } from '../../../lib/i18n.ts';
import { getEntrySheet } from '../api/get-entry-sheet.ts';
import { deleteValue, putValue } from '../api/save-value.ts';
import { entryKeys } from '../api/query-keys.ts';
import { parseCellKey, type Field } from '../utils/cells.ts';
import {
  checkRecord,
  recordTextsOf,
  textsOf,
  type CheckedRecord,
  type RecordTexts,
} from '../utils/records.ts';
import { refusedCells, saveSummary, type RecordStatus } from '../utils/save-summary.ts';
import { initialTexts, storedOf, toEntryValue } from '../utils/sheet-values.ts';
import { popEdit, pushEdit, type UndoStack } from '../utils/undo.ts';

export interface Conflict {
  theirs: EntryValue | null;
}

const SAVE_DELAY_MS = 600;

const FIELD_OF_PROBLEM: Record<string, Field> = {
  'body.value': 'value',
  'body.noDataReason': 'noData',
  'body.note': 'note',
  'body.evidenceUrl': 'evidence',
};

export function useEntryGrid(sheet: EntrySheet, limits?: (kpiId: number) => ValueLimits | null) {
  const language = currentLanguage();
  const queryClient = useQueryClient();
  const kpis = useMemo(() => new Map(sheet.outcomes.flatMap((o) => o.kpis).map((k) => [k.id, k])), [sheet]);
  const [texts, setTexts] = useState(() => initialTexts(sheet, language));
  const textsRef = useRef(texts);
  const stored = useRef(storedOf(sheet));
  // What the grid shows as stored; the ref is what saves read (and may be ahead by a render).
  const [storedSnapshot, setStoredSnapshot] = useState(() => storedOf(sheet));
  const publishStored = () => setStoredSnapshot(new Map(stored.current));
  const [status, setStatus] = useState<Record<string, RecordStatus>>({});
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [conflicts, setConflicts] = useState<Record<string, Conflict>>({});
  const [undoStack, setUndoStack] = useState<UndoStack>([]);
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const inFlight = useRef(new Set<string>());
  const again = useRef(new Set<string>());

  const recordTexts = useCallback((key: string): RecordTexts => recordTextsOf(textsRef.current, key), []);

  const check = useCallback(
    (key: string): CheckedRecord => {
      const { kpiId, region } = parseCellKey(`${key}|value`);
      const kpi = kpis.get(kpiId) as EntryKpi;
      return checkRecord({
        texts: recordTexts(key),
        unit: kpi.unit,
        region,
        stored: stored.current.get(key) ?? null,
        language,
        limits: limits?.(kpiId),
      });
    },
    [kpis, recordTexts, language, limits],
  );

  const setRecordStatus = (key: string, value: RecordStatus | null) =>
    setStatus((s) => {
      const next = { ...s };
      if (value === null) delete next[key];
      else next[key] = value;
      return next;
    });

  const save = useCallback(
    async (key: string): Promise<void> => {
      if (inFlight.current.has(key)) {
        again.current.add(key);
        return;
      }
      const checked = check(key);
      if (checked.request === null) return setRecordStatus(key, 'invalid');
      if (checked.request.kind === 'none') return setRecordStatus(key, null);
      const { kpiId, region } = parseCellKey(`${key}|value`);
      inFlight.current.add(key);
      setRecordStatus(key, 'saving');
      try {
        if (checked.request.kind === 'put') {
          stored.current.set(key, toEntryValue(await putValue(kpiId, sheet.period, checked.request.body)));
        } else {
          await deleteValue(kpiId, sheet.period, region, checked.request.version);
          stored.current.set(key, null);
        }
        publishStored();
        setServerErrors((errors) =>
          Object.fromEntries(Object.entries(errors).filter(([k]) => !k.startsWith(`${key}|`))),
        );
        setRecordStatus(key, 'saved');
      } catch (error) {
        if (error instanceof ApiError && error.status === 409) {
          const fresh = await queryClient.fetchQuery({
            queryKey: entryKeys.sheet(sheet.plan.code, sheet.priority.code, sheet.period, language),
            queryFn: () => getEntrySheet(sheet.plan.code, sheet.priority.code, sheet.period, language),
            staleTime: 0,
          });
          setConflicts((c) => ({ ...c, [key]: { theirs: storedOf(fresh).get(key) ?? null } }));
          setRecordStatus(key, 'conflict');
        } else if (error instanceof ApiError && error.status >= 400 && error.status < 500) {
          const found: Record<string, string> = {};
          for (const problem of error.problem.errors ?? []) {
            found[`${key}|${FIELD_OF_PROBLEM[problem.field] ?? 'value'}`] ??= problem.code;
          }
          if (Object.keys(found).length === 0) found[`${key}|value`] = error.code;
          setServerErrors((errors) => ({ ...errors, ...found }));
          setRecordStatus(key, 'failed');
        } else {
          setRecordStatus(key, 'failed');
        }
      } finally {
        inFlight.current.delete(key);
        if (again.current.delete(key)) void save(key);
      }
    },
    [check, queryClient, sheet, language],
  );

  const schedule = useCallback(
    (key: string) => {
      clearTimeout(timers.current.get(key));
      setRecordStatus(key, 'pending');
      timers.current.set(
        key,
        setTimeout(() => {
          timers.current.delete(key);
          void save(key);
        }, SAVE_DELAY_MS),
      );
    },
    [save],
  );

  // Leaving the grid (the Back button, which nothing can hold back) saves what is still waiting for its
  // pause instead of dropping it; the request outlives the screen.
  const saveLatest = useRef(save);
  useEffect(() => {
    saveLatest.current = save;
  }, [save]);
  useEffect(() => {
    const pending = timers.current;
    return () => {
      for (const [key, timer] of pending) {
        clearTimeout(timer);
        void saveLatest.current(key);
      }
      pending.clear();
    };
  }, []);

  const applyTexts = useCallback(
    (changes: ReadonlyArray<{ cell: string; text: string }>) => {
      const next = { ...textsRef.current };
      for (const change of changes) next[change.cell] = change.text;
      textsRef.current = next;
      setTexts(next);
      setServerErrors((errors) =>
        Object.fromEntries(Object.entries(errors).filter(([k]) => !changes.some((c) => c.cell === k))),
      );
      for (const record of new Set(changes.map((c) => c.cell.split('|').slice(0, 2).join('|'))))
        schedule(record);
    },
    [schedule],
  );

  /** Sets cells' texts as one undoable edit and saves their records after a pause. */
  const edit = useCallback(
    (changes: ReadonlyArray<{ cell: string; text: string }>) => {
      const real = changes.filter((c) => (textsRef.current[c.cell] ?? '') !== c.text);
      if (real.length === 0) return;
      setUndoStack((stack) =>
        pushEdit(
          stack,
          real.map((c) => ({ cell: c.cell, before: textsRef.current[c.cell] ?? '', after: c.text })),
        ),
      );
      applyTexts(real);
    },
    [applyTexts],
  );

  const undo = useCallback(() => {
    const popped = popEdit(undoStack);
    if (popped === null) return false;
    setUndoStack(popped.stack);
    applyTexts(popped.restore);
    return true;
  }, [undoStack, applyTexts]);

  const keepMine = useCallback(
    (key: string) => {
      stored.current.set(key, conflicts[key]?.theirs ?? null);
      setConflicts(({ [key]: _, ...rest }) => rest);
      void save(key);
    },
    [conflicts, save],
  );

  const takeTheirs = useCallback(
    (key: string) => {
      const theirs = conflicts[key]?.theirs ?? null;
      stored.current.set(key, theirs);
      publishStored();
      const regional = !key.endsWith('|');
      const next = { ...textsRef.current };
      for (const [field, text] of Object.entries(textsOf(theirs, language, regional)))
        next[`${key}|${field}`] = text;
      textsRef.current = next;
      setTexts(next);
      setConflicts(({ [key]: _, ...rest }) => rest);
      setRecordStatus(key, 'saved');
    },
    [conflicts, language],
  );

  const retry = useCallback(() => {
    for (const [key, value] of Object.entries(status)) if (value === 'failed') void save(key);
  }, [status, save]);

  // Escape: the cell's saved text comes back (undoable), and its refusal goes; a record back to what is
  // stored has nothing to save.
  const revert = useCallback(
    (cell: string) => {
      const { region, field } = parseCellKey(cell);
      const key = cell.slice(0, cell.lastIndexOf('|'));
      const savedTexts = textsOf(stored.current.get(key) ?? null, language, region !== null);
      edit([{ cell, text: savedTexts[field] ?? '' }]);
      setServerErrors(({ [cell]: _, ...rest }) => rest);
      const texts = recordTexts(key);
      if (Object.entries(savedTexts).every(([f, text]) => (texts[f as Field] ?? '') === text)) {
        clearTimeout(timers.current.get(key));
        timers.current.delete(key);
        if (!inFlight.current.has(key)) setRecordStatus(key, null);
      }
    },
    [edit, language, recordTexts],
  );

  // Every record checked from what the grid shows (state, not refs), for the count of refused cells.
  const checks = useMemo(
    () =>
      new Map(
        [...storedSnapshot.keys()].map((key) => {
          const { kpiId, region } = parseCellKey(`${key}|value`);
          const unit = (kpis.get(kpiId) as EntryKpi).unit;
          const stored = storedSnapshot.get(key) ?? null;
          const record = { texts: recordTextsOf(texts, key), unit, region, stored, language };
          return [key, checkRecord({ ...record, limits: limits?.(kpiId) })];
        }),
      ),
    [storedSnapshot, kpis, texts, language, limits],
  );
  const refused = refusedCells(checks, serverErrors);
  const values = Object.values(status);
  const summary = saveSummary(values, refused);
  const unsaved = refused > 0 || values.some((s) => s !== 'saved');

  return {
    texts,
    stored: storedSnapshot as ReadonlyMap<string, EntryValue | null>,
    status,
    serverErrors,
    conflicts,
    summary,
    unsaved,
    canUndo: undoStack.length > 0,
    check,
    edit,
    revert,
    undo,
    keepMine,
    takeTheirs,
    retry,
  };
}

export type EntryGridState = ReturnType<typeof useEntryGrid>;
