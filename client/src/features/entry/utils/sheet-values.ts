// The grid's starting point from the entry sheet: each record's stored value and the texts its cells show.
import type { EntrySheet, EntryValue, KpiValue } from '@rbm/shared/schemas';
import { fieldKey, recordKey, type Field } from './cells.ts';
import { textsOf } from './records.ts';

export function toEntryValue(value: KpiValue): EntryValue {
  return {
    valueId: value.id,
    value: value.value,
    noDataReason: value.noDataReason,
    note: value.note,
    evidenceUrl: value.evidenceUrl,
    state: value.state,
    version: value.version,
    returnComment: value.returnComment,
  };
}

export function storedOf(sheet: EntrySheet): Map<string, EntryValue | null> {
  const stored = new Map<string, EntryValue | null>();
  for (const kpi of sheet.outcomes.flatMap((o) => o.kpis)) {
    stored.set(recordKey(kpi.id, null), kpi.total);
    for (const r of kpi.regional) stored.set(recordKey(kpi.id, r.region), r.value);
  }
  return stored;
}

export function initialTexts(sheet: EntrySheet, language: string): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const kpi of sheet.outcomes.flatMap((o) => o.kpis)) {
    const add = (region: string | null, value: EntryValue | null) => {
      for (const [field, text] of Object.entries(textsOf(value, language, region !== null)))
        texts[fieldKey(recordKey(kpi.id, region), field as Field)] = text;
    };
    add(null, kpi.total);
    for (const r of kpi.regional) add(r.region, r.value);
  }
  return texts;
}
