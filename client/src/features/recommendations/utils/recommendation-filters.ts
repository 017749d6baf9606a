// The compliance dashboard's filters live in the address, so a view (a body's overdue recommendations, say)
// can be shared, bookmarked and walked with back and forward.
import {
  ACCEPTANCES,
  IMPLEMENTATIONS,
  OVERSIGHT_BODIES,
  type Acceptance,
  type Implementation,
  type OversightBody,
} from '@rbm/shared/rbm';

export interface RecommendationFilters {
  body: OversightBody | null;
  year: number | null;
  acceptance: Acceptance | null;
  implementation: Implementation | null;
  sector: string | null;
  overdue: boolean | null;
}

export const NO_FILTERS: RecommendationFilters = {
  body: null,
  year: null,
  acceptance: null,
  implementation: null,
  sector: null,
  overdue: null,
};

const KEYS = ['body', 'year', 'acceptance', 'implementation', 'sector', 'overdue'] as const;
const CODE = /^[A-Za-z0-9._-]{1,40}$/;
const YEAR = /^(199\d|20\d\d)$/;

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;

/** Reads the filters from the address; anything malformed is dropped rather than sent to the API. */
export function filtersFromSearch(params: URLSearchParams): RecommendationFilters {
  const sector = params.get('sector');
  const year = params.get('year');
  const overdue = params.get('overdue');
  return {
    body: oneOf(OVERSIGHT_BODIES, params.get('body')),
    year: year !== null && YEAR.test(year) ? Number(year) : null,
    acceptance: oneOf(ACCEPTANCES, params.get('acceptance')),
    implementation: oneOf(IMPLEMENTATIONS, params.get('implementation')),
    sector: sector !== null && CODE.test(sector) ? sector : null,
    overdue: overdue === 'true' ? true : overdue === 'false' ? false : null,
  };
}

/** The address query of a set of filters, unset ones left out, keys in a stable order. */
export function searchFromFilters(filters: RecommendationFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = filters[key];
    if (value !== null) params.set(key, String(value));
  }
  return params;
}

/** The API query of a set of filters (unset ones left out). */
export function queryOfFilters(filters: RecommendationFilters) {
  const query: {
    body?: OversightBody;
    year?: number;
    acceptance?: Acceptance;
    implementation?: Implementation;
    sector?: string;
    overdue?: boolean;
  } = {};
  if (filters.body !== null) query.body = filters.body;
  if (filters.year !== null) query.year = filters.year;
  if (filters.acceptance !== null) query.acceptance = filters.acceptance;
  if (filters.implementation !== null) query.implementation = filters.implementation;
  if (filters.sector !== null) query.sector = filters.sector;
  if (filters.overdue !== null) query.overdue = filters.overdue;
  return query;
}
