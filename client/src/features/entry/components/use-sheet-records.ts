// The sheet's value records: its KPIs by id, each record's stored value (a ref that saves read and update,
// published to state for what the grid shows), and the check of a record's texts against its KPI.
import { useCallback, useMemo, useRef, useState } from 'react';
import type { ValueLimits } from '@rbm/shared/rbm';
import type { EntryKpi, EntrySheet, EntryValue } from '@rbm/shared/schemas';
import { parseRecordKey } from '../utils/cells.ts';
import { checkRecord, type CheckedRecord, type RecordTexts } from '../utils/records.ts';
import { storedOf } from '../utils/sheet-values.ts';

export function useSheetRecords(
  sheet: EntrySheet,
  language: string,
  limits?: (kpiId: number) => ValueLimits | null,
) {
  const kpis = useMemo(() => new Map(sheet.outcomes.flatMap((o) => o.kpis).map((k) => [k.id, k])), [sheet]);
  const stored = useRef(storedOf(sheet));
  // What the grid shows as stored; the ref is what saves read (and may be ahead by a render).
  const [snapshot, setSnapshot] = useState(() => storedOf(sheet));
  const publish = useCallback(() => setSnapshot(new Map(stored.current)), []);
  /** A record's stored value as saves know it (ahead of the snapshot until published). */
  const storedValue = useCallback((key: string) => stored.current.get(key) ?? null, []);
  const setStored = useCallback(
    (key: string, value: EntryValue | null) => stored.current.set(key, value),
    [],
  );

  /** A record's texts checked with the API's rules for its KPI, against the value it replaces. */
  const checkTexts = useCallback(
    (key: string, texts: RecordTexts, value: EntryValue | null): CheckedRecord => {
      const { kpiId, region } = parseRecordKey(key);
      const kpi = kpis.get(kpiId) as EntryKpi;
      return checkRecord({ texts, unit: kpi.unit, region, stored: value, language, limits: limits?.(kpiId) });
    },
    [kpis, language, limits],
  );

  return {
    storedValue,
    setStored,
    snapshot: snapshot as ReadonlyMap<string, EntryValue | null>,
    publish,
    checkTexts,
  };
}
