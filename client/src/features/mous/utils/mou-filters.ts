// The MoU list's filters live in the address, so a view can be shared, bookmarked and walked with back and
// forward.
import { MOU_STATUSES, MOU_TYPES } from '@rbm/shared/rbm';

export const FILTER_KEYS = ['sector', 'region', 'type', 'status', 'expiring'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type MouFilters = Record<FilterKey, string | null>;

export const NO_FILTERS: MouFilters = {
  sector: null,
  region: null,
  type: null,
  status: null,
  expiring: null,
};

export const FILTER_CHOICES: Record<'type' | 'status' | 'expiring', readonly string[]> = {
  type: MOU_TYPES,
  status: MOU_STATUSES,
  expiring: ['true', 'false'],
};

const CODE = /^[A-Za-z0-9._-]{1,40}$/;

/** Reads the filters from the address; anything malformed is dropped rather than sent to the API. */
export function filtersFromSearch(params: URLSearchParams): MouFilters {
  const filters = { ...NO_FILTERS };
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value === null) continue;
    const ok = key === 'sector' || key === 'region' ? CODE.test(value) : FILTER_CHOICES[key].includes(value);
    if (ok) filters[key] = value;
  }
  return filters;
}

/** The address query of a set of filters, unset ones left out, keys in a stable order. */
export function searchFromFilters(filters: MouFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value !== null) params.set(key, value);
  }
  return params;
}

/** The API query of a set of filters (unset ones left out; `expiring` as a boolean). */
export function queryOfFilters(filters: MouFilters): Record<string, string | boolean> {
  return Object.fromEntries(
    FILTER_KEYS.flatMap((key) => {
      const value = filters[key];
      if (value === null) return [];
      return [[key, key === 'expiring' ? value === 'true' : value]];
    }),
  );
}
