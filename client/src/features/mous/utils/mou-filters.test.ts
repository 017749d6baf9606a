import { describe, expect, it } from 'vitest';
import { filtersFromSearch, queryOfFilters, searchFromFilters } from './mou-filters.ts';

describe('the MoU filters in the address', () => {
  it('keeps valid filters, drops malformed ones, and sends expiring as a boolean', () => {
    const filters = filtersFromSearch(
      new URLSearchParams('sector=ITU-D&region=AFR&type=nope&status=active&expiring=true&x=1'),
    );
    expect(filters).toEqual({
      sector: 'ITU-D',
      region: 'AFR',
      type: null,
      status: 'active',
      expiring: 'true',
    });
    expect(searchFromFilters(filters).toString()).toBe('sector=ITU-D&region=AFR&status=active&expiring=true');
    expect(queryOfFilters(filters)).toEqual({
      sector: 'ITU-D',
      region: 'AFR',
      status: 'active',
      expiring: true,
    });
    expect(filtersFromSearch(new URLSearchParams('sector=bad code')).sector).toBeNull();
  });
});
