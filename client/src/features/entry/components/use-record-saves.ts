// Autosave of value records: a pause after the last edit, then a PUT with the loaded version (or a DELETE
// when the record was emptied). Records whose pause ends together (a pasted block, quick edits) go in one
// batch request, answered record by record. One request per record at a time; an edit made meanwhile
// saves again after it. A 409 keeps both values as a conflict; another 4xx puts its codes in the cells it
// refuses.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Language } from '@rbm/shared';
import type { EntrySheet, EntryValue, PutValueBody } from '@rbm/shared/schemas';
import { ApiError } from '../../../lib/api-client.ts';
import { getEntrySheet } from '../api/get-entry-sheet.ts';
import { entryKeys } from '../api/query-keys.ts';
import { deleteValue, putValue } from '../api/save-value.ts';
import { cellError, saveValues } from '../api/save-values.ts';
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
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef(new Set<string>());
  const inFlight = useRef(new Set<string>());
  const again = useRef(new Set<string>());

  const setRecordStatus = useCallback(
    (key: string, value: RecordStatus | null) => setStatus(withStatus(key, value)),
    [],
  );

  /** Runs one record's write and shows its outcome: saved, a conflict, or the cells it refuses. */
  const settle = useCallback(
    async (key: string, write: () => Promise<EntryValue | null>): Promise<void> => {
      setStatus(withStatus(key, 'saving'));
      try {
        setStored(key, await write());
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
    },
    [queryClient, sheet, language, setStored, publishStored],
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
        const { request } = checked;
        if (request.kind === 'none') return setStatus(withStatus(key, null));
        const { kpiId, region } = parseRecordKey(key);
        return settle(key, async () => {
          if (request.kind === 'put') return toEntryValue(await putValue(kpiId, sheet.period, request.body));
          await deleteValue(kpiId, sheet.period, region, request.version);
          return null;
        });
      };
      inFlight.current.add(key);
      try {
        do await send();
        while (again.current.delete(key));
      } finally {
        inFlight.current.delete(key);
      }
    },
    [check, settle, sheet],
  );

  // Records saved together: their values in one batch request, each answered on its own; deletes, and a
  // record alone, as before.
  const saveMany = useCallback(
    async (keys: readonly string[]): Promise<void> => {
      const puts: Array<{ key: string; kpiId: number; body: PutValueBody }> = [];
      const others: string[] = [];
      for (const key of keys) {
        const request = inFlight.current.has(key) ? null : check(key).request;
        if (request?.kind === 'put') puts.push({ key, kpiId: parseRecordKey(key).kpiId, body: request.body });
        else others.push(key);
      }
      if (puts.length < 2) {
        await Promise.all(keys.map((key) => save(key)));
        return;
      }
      for (const { key } of puts) inFlight.current.add(key);
      const answer = saveValues(puts.map(({ kpiId, body }) => ({ kpiId, period: sheet.period, ...body })));
      const valueOf = async (index: number): Promise<EntryValue> => {
        const result = (await answer).results[index];
        if (result?.value) return toEntryValue(result.value);
        throw result ? cellError(result) : new Error('The batch answered fewer cells than it was sent');
      };
      try {
        await Promise.all([
          ...puts.map(({ key }, index) => settle(key, () => valueOf(index))),
          ...others.map((key) => save(key)),
        ]);
      } finally {
        for (const { key } of puts) inFlight.current.delete(key);
      }
      await Promise.all(puts.filter(({ key }) => again.current.delete(key)).map(({ key }) => save(key)));
    },
    [check, save, settle, sheet],
  );

  /** Saves every record whose pause has ended, together. */
  const flush = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const keys = [...pending.current];
    pending.current.clear();
    return saveMany(keys);
  }, [saveMany]);

  /** Saves the record after the pause, restarting the pause (one for every waiting record) if one runs. */
  const flushLatest = useRef(flush);
  useEffect(() => {
    flushLatest.current = flush;
  }, [flush]);
  const schedule = useCallback((key: string) => {
    clearTimeout(timer.current);
    pending.current.add(key);
    setStatus(withStatus(key, 'pending'));
    timer.current = setTimeout(() => void flushLatest.current(), SAVE_DELAY_MS);
  }, []);

  /** The record has nothing to save after all: its pause is dropped and, unless a save runs, its status. */
  const unschedule = useCallback((key: string) => {
    pending.current.delete(key);
    if (pending.current.size === 0) clearTimeout(timer.current);
    if (!inFlight.current.has(key)) setStatus(withStatus(key, null));
  }, []);

  // Leaving the grid (the Back button, which nothing can hold back) saves what is still waiting for its
  // pause instead of dropping it; the request outlives the screen.
  useEffect(() => () => void flushLatest.current(), []);

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
