// Autosave per value record: a pause after the last edit, then a PUT with the loaded version (or a DELETE
// when the record was emptied). One request per record at a time; an edit made meanwhile saves again
// after it. A 409 keeps both values as a conflict; another 4xx puts its codes in the cells it refuses.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Language } from '@rbm/shared';
import type { EntrySheet, EntryValue } from '@rbm/shared/schemas';
import { ApiError } from '../../../lib/api-client.ts';
import { getEntrySheet } from '../api/get-entry-sheet.ts';
import { entryKeys } from '../api/query-keys.ts';
import { deleteValue, putValue } from '../api/save-value.ts';
import { parseRecordKey } from '../utils/cells.ts';
import type { CheckedRecord } from '../utils/records.ts';
import { refusedFields } from '../utils/refusal-fields.ts';
import type { RecordStatus } from '../utils/save-summary.ts';
import { storedOf, toEntryValue } from '../utils/sheet-values.ts';

export interface Conflict {
  theirs: EntryValue | null;
}

const SAVE_DELAY_MS = 600;

/** The statuses with one record's set, or removed (null: nothing to tell). */
function withStatus(key: string, value: RecordStatus | null) {
  return (status: Record<string, RecordStatus>) => {
    const next = { ...status };
    if (value === null) delete next[key];
    else next[key] = value;
    return next;
  };
}

export function useRecordSaves({
  sheet,
  language,
  check,
  setStored,
  publishStored,
}: {
  sheet: EntrySheet;
  language: Language;
  /** The record's latest texts, checked; its request says what to send. */
  check: (key: string) => CheckedRecord;
  setStored: (key: string, value: EntryValue | null) => void;
  publishStored: () => void;
}) {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<Record<string, RecordStatus>>({});
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [conflicts, setConflicts] = useState<Record<string, Conflict>>({});
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const inFlight = useRef(new Set<string>());
  const again = useRef(new Set<string>());

  const setRecordStatus = useCallback(
    (key: string, value: RecordStatus | null) => setStatus(withStatus(key, value)),
    [],
  );

  // One request per record at a time: an edit made while one runs saves again when it ends.
  const save = useCallback(
    async (key: string): Promise<void> => {
      if (inFlight.current.has(key)) {
        again.current.add(key);
        return;
      }
      const send = async (): Promise<void> => {
        const checked = check(key);
        if (checked.request === null) return setStatus(withStatus(key, 'invalid'));
        if (checked.request.kind === 'none') return setStatus(withStatus(key, null));
        const { kpiId, region } = parseRecordKey(key);
        setStatus(withStatus(key, 'saving'));
        try {
          if (checked.request.kind === 'put') {
            setStored(key, toEntryValue(await putValue(kpiId, sheet.period, checked.request.body)));
          } else {
            await deleteValue(kpiId, sheet.period, region, checked.request.version);
            setStored(key, null);
          }
          publishStored();
          setServerErrors((errors) =>
            Object.fromEntries(Object.entries(errors).filter(([k]) => !k.startsWith(`${key}|`))),
          );
          setStatus(withStatus(key, 'saved'));
        } catch (error) {
          if (error instanceof ApiError && error.status === 409) {
            const fresh = await queryClient.fetchQuery({
              queryKey: entryKeys.sheet(sheet.plan.code, sheet.priority.code, sheet.period, language),
              queryFn: () => getEntrySheet(sheet.plan.code, sheet.priority.code, sheet.period, language),
              staleTime: 0,
            });
            setConflicts((c) => ({ ...c, [key]: { theirs: storedOf(fresh).get(key) ?? null } }));
            setStatus(withStatus(key, 'conflict'));
          } else if (error instanceof ApiError && error.status >= 400 && error.status < 500) {
            const found = refusedFields(key, error.problem);
            setServerErrors((errors) => ({ ...errors, ...found }));
            setStatus(withStatus(key, 'failed'));
          } else {
            setStatus(withStatus(key, 'failed'));
          }
        }
      };
      inFlight.current.add(key);
      try {
        do await send();
        while (again.current.delete(key));
      } finally {
        inFlight.current.delete(key);
      }
    },
    [check, queryClient, sheet, language, setStored, publishStored],
  );

  /** Saves the record after the pause, restarting the pause if one is running. */
  const schedule = useCallback(
    (key: string) => {
      clearTimeout(timers.current.get(key));
      setStatus(withStatus(key, 'pending'));
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

  /** The record has nothing to save after all: its pause is dropped and, unless a save runs, its status. */
  const unschedule = useCallback((key: string) => {
    clearTimeout(timers.current.get(key));
    timers.current.delete(key);
    if (!inFlight.current.has(key)) setStatus(withStatus(key, null));
  }, []);

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

  /** The server's refusals of these cells go (their text changed). */
  const dropServerErrors = useCallback((cells: readonly string[]) => {
    setServerErrors((errors) =>
      Object.fromEntries(Object.entries(errors).filter(([k]) => !cells.includes(k))),
    );
  }, []);

  const dropConflict = useCallback((key: string) => setConflicts(({ [key]: _, ...rest }) => rest), []);

  const retry = useCallback(() => {
    for (const [key, value] of Object.entries(status)) if (value === 'failed') void save(key);
  }, [status, save]);

  return {
    status,
    serverErrors,
    conflicts,
    save,
    schedule,
    unschedule,
    retry,
    setRecordStatus,
    dropServerErrors,
    dropConflict,
  };
}
