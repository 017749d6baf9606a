import { describe, expect, it } from 'vitest';
import { NO_FILTERS, filtersFromSearch, queryOfFilters, searchFromFilters } from './risk-filters.ts';

describe('risk filters in the address', () => {
  it('reads what it writes, in a stable order, unset filters left out', () => {
    const filters = {
      ...NO_FILTERS,
      sector: 'ITU-D',
      category: 'financial' as const,
      likelihood: 3,
      impact: 4,
    };
    const search = searchFromFilters(filters);
    expect(search.toString()).toBe('sector=ITU-D&category=financial&likelihood=3&impact=4');
    expect(filtersFromSearch(search)).toEqual(filters);
    expect(searchFromFilters(NO_FILTERS).toString()).toBe('');
  });

  it('drops malformed values rather than sending them to the API', () => {
    const filters = filtersFromSearch(
      new URLSearchParams('sector=<x>&category=weather&treatment=avoid&likelihood=6&impact=0'),
    );
    expect(filters).toEqual({ ...NO_FILTERS, treatment: 'avoid' });
    expect(queryOfFilters(filters)).toEqual({ treatment: 'avoid' });
  });
});
