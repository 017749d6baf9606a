import { describe, expect, it } from 'vitest';
import {
  NO_FILTERS,
  filtersFromSearch,
  queryOfFilters,
  searchFromFilters,
} from './recommendation-filters.ts';

describe('the compliance dashboard filters in the address', () => {
  it('round-trips every filter through the address', () => {
    const filters = {
      body: 'jiu',
      year: 2023,
      acceptance: 'accepted',
      implementation: 'in_progress',
      sector: 'ITU-D',
      overdue: true,
    } as const;
    const search = searchFromFilters(filters);
    expect(search.toString()).toBe(
      'body=jiu&year=2023&acceptance=accepted&implementation=in_progress&sector=ITU-D&overdue=true',
    );
    expect(filtersFromSearch(search)).toEqual(filters);
    expect(queryOfFilters(filters)).toEqual(filters);
  });

  it('drops malformed values instead of sending them to the API', () => {
    const search = new URLSearchParams('body=nasa&year=20x3&acceptance=maybe&sector=%3Cb%3E&overdue=yes');
    expect(filtersFromSearch(search)).toEqual(NO_FILTERS);
    expect(queryOfFilters(NO_FILTERS)).toEqual({});
    expect(searchFromFilters({ ...NO_FILTERS, overdue: false }).toString()).toBe('overdue=false');
  });
});
