// The commitments' filters live in the address (and so does the commitment open below the list), so a view
// can be shared, bookmarked and walked with back and forward.
import {
  COMMITMENT_HORIZONS,
  COMMITMENT_PILLARS,
  COMMITMENT_REACHES,
  COMMITMENT_SOURCES,
  COMMITMENT_STATUSES,
} from '@rbm/shared/rbm';

export const FILTER_KEYS = ['source', 'sector', 'pillar', 'horizon', 'reach', 'status'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type CommitmentFilters = Record<FilterKey, string | null>;

export const NO_FILTERS: CommitmentFilters = {
  source: null,
  sector: null,
  pillar: null,
  horizon: null,
  reach: null,
  status: null,
};

export const FILTER_CHOICES: Record<Exclude<FilterKey, 'sector'>, readonly string[]> = {
  source: COMMITMENT_SOURCES,
  pillar: COMMITMENT_PILLARS,
  horizon: COMMITMENT_HORIZONS,
  reach: COMMITMENT_REACHES,
  status: COMMITMENT_STATUSES,
};

const CODE = /^[A-Za-z0-9._-]{1,40}$/;

/** Reads the filters from the address; anything malformed is dropped rather than sent to the API. */
export function filtersFromSearch(params: URLSearchParams): CommitmentFilters {
  const filters = { ...NO_FILTERS };
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value === null) continue;
    const ok = key === 'sector' ? CODE.test(value) : FILTER_CHOICES[key].includes(value);
    if (ok) filters[key] = value;
  }
  return filters;
}

/** The commitment opened below the list (`?open=<id>`), or null. */
export function openFromSearch(params: URLSearchParams): number | null {
  const value = params.get('open');
  return value !== null && /^[1-9]\d{0,9}$/.test(value) ? Number(value) : null;
}

/** The address query of filters and the opened commitment, unset ones left out, keys in a stable order. */
export function searchFromFilters(filters: CommitmentFilters, open: number | null = null): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value !== null) params.set(key, value);
  }
  if (open !== null) params.set('open', String(open));
  return params;
}

/** The API query of a set of filters (unset ones left out). */
export function queryOfFilters(filters: CommitmentFilters): Partial<Record<FilterKey, string>> {
  return Object.fromEntries(
    FILTER_KEYS.flatMap((key) => (filters[key] === null ? [] : [[key, filters[key]]])),
  );
}
