// The register's filters live in the address, so a view (a heat map cell's risks among them) can be shared,
// bookmarked and walked with back and forward.
import { RISK_CATEGORIES, RISK_TREATMENTS, type RiskCategory, type RiskTreatment } from '@rbm/shared/rbm';

export interface RiskFilters {
  sector: string | null;
  category: RiskCategory | null;
  treatment: RiskTreatment | null;
  /** A heat map cell: residual likelihood and impact of the latest assessment shown. */
  likelihood: number | null;
  impact: number | null;
}

export const NO_FILTERS: RiskFilters = {
  sector: null,
  category: null,
  treatment: null,
  likelihood: null,
  impact: null,
};

const CODE = /^[A-Za-z0-9._-]{1,40}$/;
const LEVEL = /^[1-5]$/;

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;
const level = (value: string | null) => (value !== null && LEVEL.test(value) ? Number(value) : null);

/** Reads the filters from the address; anything malformed is dropped rather than sent to the API. */
export function filtersFromSearch(params: URLSearchParams): RiskFilters {
  const sector = params.get('sector');
  return {
    sector: sector !== null && CODE.test(sector) ? sector : null,
    category: oneOf(RISK_CATEGORIES, params.get('category')),
    treatment: oneOf(RISK_TREATMENTS, params.get('treatment')),
    likelihood: level(params.get('likelihood')),
    impact: level(params.get('impact')),
  };
}

/** The address query of a set of filters, unset ones left out, keys in a stable order. */
export function searchFromFilters(filters: RiskFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ['sector', 'category', 'treatment', 'likelihood', 'impact'] as const) {
    const value = filters[key];
    if (value !== null) params.set(key, String(value));
  }
  return params;
}

/** The API query of a set of filters (unset ones left out). */
export function queryOfFilters(filters: RiskFilters) {
  return {
    ...(filters.sector !== null ? { sector: filters.sector } : {}),
    ...(filters.category !== null ? { category: filters.category } : {}),
    ...(filters.treatment !== null ? { treatment: filters.treatment } : {}),
    ...(filters.likelihood !== null ? { likelihood: filters.likelihood } : {}),
    ...(filters.impact !== null ? { impact: filters.impact } : {}),
  };
}
