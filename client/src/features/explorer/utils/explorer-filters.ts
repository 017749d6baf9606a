// The explorer's filters live in the URL, so a view can be shared, bookmarked and walked with back/forward.
import { STATUSES, type Status } from '@rbm/shared';
import { EXPLORER_VIEWS, type ExplorerView } from '@rbm/shared/schemas';

export interface ExplorerFilters {
  view: ExplorerView;
  /** A quarter, or null for the last complete quarter. */
  period: string | null;
  sector: string | null;
  region: string | null;
  status: Status | null;
  /** A node to open and point at on arrival (a drill-down from the comparison), e.g. a priority code. */
  open: string | null;
}

const CODE = /^[A-Za-z0-9._-]{1,40}$/;
const PERIOD = /^\d{4}(-Q[1-4])?$/;

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;
const matching = (pattern: RegExp, value: string | null) =>
  value !== null && pattern.test(value) ? value : null;

/** Reads the filters from a URL's query; anything malformed is dropped rather than sent to the API. */
export function filtersFromSearch(params: URLSearchParams): ExplorerFilters {
  return {
    view: oneOf(EXPLORER_VIEWS, params.get('view')) ?? 'goal',
    period: matching(PERIOD, params.get('period')),
    sector: matching(CODE, params.get('sector')),
    region: matching(CODE, params.get('region')),
    status: oneOf(STATUSES, params.get('status')),
    open: matching(CODE, params.get('open')),
  };
}

/** The query for a set of filters, defaults left out so links stay short; keys in a stable order. */
export function searchFromFilters(filters: ExplorerFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.view !== 'goal') params.set('view', filters.view);
  for (const key of ['period', 'sector', 'region', 'status', 'open'] as const) {
    const value = filters[key];
    if (value !== null) params.set(key, value);
  }
  return params;
}

/** Changes one filter; moving away from the node pointed at forgets it. */
export function withFilter<K extends keyof ExplorerFilters>(
  filters: ExplorerFilters,
  key: K,
  value: ExplorerFilters[K],
): ExplorerFilters {
  return { ...filters, [key]: value, open: key === 'open' ? (value as string | null) : null };
}
