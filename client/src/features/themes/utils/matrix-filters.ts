// The matrix's filters live in the address (theme, unit, quarter), so a view can be shared and bookmarked.
export interface MatrixFilters {
  theme: string | null;
  unit: string | null;
  period: string | null;
}

const CODE = /^[A-Za-z0-9_-]{1,20}$/;
const QUARTER = /^\d{4}-Q[1-4]$/;
const valid = (pattern: RegExp, value: string | null) =>
  value !== null && pattern.test(value) ? value : null;

/** Reads the filters from the address; anything malformed is dropped rather than sent to the API. */
export function filtersFromSearch(params: URLSearchParams): MatrixFilters {
  return {
    theme: valid(CODE, params.get('theme')),
    unit: valid(CODE, params.get('unit')),
    period: valid(QUARTER, params.get('period')),
  };
}

/** The address query of a set of filters, unset ones left out, keys in a stable order. */
export function searchFromFilters(filters: MatrixFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ['theme', 'unit', 'period'] as const) {
    const value = filters[key];
    if (value !== null) params.set(key, value);
  }
  return params;
}

export function queryOfFilters(filters: MatrixFilters) {
  return {
    ...(filters.theme !== null ? { theme: filters.theme } : {}),
    ...(filters.unit !== null ? { unit: filters.unit } : {}),
    ...(filters.period !== null ? { period: filters.period } : {}),
  };
}

/** How much a unit does on a theme (its KPIs and activities), as a heat level 0 to 4. */
export function heatLevel(count: number, largest: number): number {
  if (count <= 0 || largest <= 0) return 0;
  return Math.max(1, Math.min(4, Math.ceil((count / largest) * 4)));
}
