// The activities screen's filters live in the address (theme, unit, region, kind), so a view can be shared.
// Theme, unit and kind are asked of the API; the region is applied to the list here.
import { ACTIVITY_KINDS, type Activity, type ActivityKind } from '@rbm/shared/schemas';

export interface ActivityFilters {
  theme: string | null;
  unit: string | null;
  /** A region code, or 'global' for the activities without one. */
  region: string | null;
  kind: ActivityKind | null;
}

const CODE = /^[A-Za-z0-9_-]{1,20}$/;
const code = (value: string | null) => (value !== null && CODE.test(value) ? value : null);

/** Reads the filters from the address; anything malformed is dropped rather than sent to the API. */
export function activityFiltersFromSearch(params: URLSearchParams): ActivityFilters {
  const kind = params.get('kind');
  return {
    theme: code(params.get('theme'))?.toUpperCase() ?? null,
    unit: code(params.get('unit')),
    region: code(params.get('region')),
    kind:
      kind !== null && (ACTIVITY_KINDS as readonly string[]).includes(kind) ? (kind as ActivityKind) : null,
  };
}

/** The address query of a set of filters, unset ones left out, keys in a stable order. */
export function searchFromActivityFilters(filters: ActivityFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ['theme', 'unit', 'region', 'kind'] as const) {
    const value = filters[key];
    if (value !== null) params.set(key, value);
  }
  return params;
}

/** The API's query: every filter but the region. */
export function queryOfActivityFilters(filters: ActivityFilters) {
  return {
    ...(filters.theme !== null ? { theme: filters.theme } : {}),
    ...(filters.unit !== null ? { unit: filters.unit } : {}),
    ...(filters.kind !== null ? { kind: filters.kind } : {}),
  };
}

export const inRegion = (activity: Activity, region: string | null) =>
  region === null || (region === 'global' ? activity.region === null : activity.region === region);

/** An activity's title in the reader's language, else in English, else the first one held. */
export function activityTitle(activity: Activity, language: string): { text: string; language: string } {
  const texts = activity.texts as Partial<Record<string, { title: string }>>;
  for (const l of [language, 'en', ...Object.keys(texts)]) {
    const text = texts[l]?.title;
    if (text) return { text, language: l };
  }
  return { text: activity.code, language };
}
