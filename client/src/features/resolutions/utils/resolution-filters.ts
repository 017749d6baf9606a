// The mapping's filters live in the address (conference, Sector, theme), and so does the resolution open in
// the form (`edit`: its id, or `new`), so a view can be shared and bookmarked.
import { CONFERENCES, RESOLUTION_SECTORS, type Conference, type ResolutionSector } from '@rbm/shared/schemas';

export interface ResolutionFilters {
  conference: Conference | null;
  sector: ResolutionSector | null;
  theme: string | null;
  /** The resolution open in the form: an id, 'new', or null. */
  edit: number | 'new' | null;
}

const THEME = /^[A-Za-z0-9_-]{1,20}$/;
const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;

/** Reads the filters from the address; anything malformed is dropped rather than sent to the API. */
export function filtersFromSearch(params: URLSearchParams): ResolutionFilters {
  const theme = params.get('theme');
  const edit = params.get('edit');
  return {
    conference: oneOf(CONFERENCES, params.get('conference')),
    sector: oneOf(RESOLUTION_SECTORS, params.get('sector')),
    theme: theme !== null && THEME.test(theme) ? theme.toUpperCase() : null,
    edit: edit === 'new' ? 'new' : edit !== null && /^[1-9]\d{0,9}$/.test(edit) ? Number(edit) : null,
  };
}

/** The address query of a set of filters, unset ones left out, keys in a stable order. */
export function searchFromFilters(filters: ResolutionFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ['conference', 'sector', 'theme', 'edit'] as const) {
    const value = filters[key];
    if (value !== null) params.set(key, String(value));
  }
  return params;
}

/** The API's query: the filters without the open form. */
export function queryOfFilters(filters: ResolutionFilters) {
  return {
    ...(filters.conference !== null ? { conference: filters.conference } : {}),
    ...(filters.sector !== null ? { sector: filters.sector } : {}),
    ...(filters.theme !== null ? { theme: filters.theme } : {}),
  };
}

/** A resolution's title in the reader's language, else in English, else the first one held. */
export function titleIn(
  titles: Partial<Record<string, string>>,
  language: string,
): { text: string; language: string } {
  for (const l of [language, 'en', ...Object.keys(titles)]) {
    const text = titles[l];
    if (text) return { text, language: l };
  }
  return { text: '', language };
}

/** Codes typed in a box, separated by commas, semicolons or spaces; each once. */
export function codesOf(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,;\s]+/)
        .map((c) => c.trim())
        .filter((c) => c !== ''),
    ),
  ];
}

/** Reads a chosen file as base64, the way the import routes take it. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}
