// A day (YYYY-MM-DD) or a code kept left to right inside a sentence, also in Arabic: the hyphens would
// otherwise reorder its parts (2020-05-30 shown as 30-05-2020).
export function isolated(text: string | null): string {
  return text === null ? '–' : `\u2066${text}\u2069`;
}
