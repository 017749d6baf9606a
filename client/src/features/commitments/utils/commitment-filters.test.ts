import { describe, expect, it } from 'vitest';
import {
  filtersFromSearch,
  openFromSearch,
  queryOfFilters,
  searchFromFilters,
} from './commitment-filters.ts';

describe('commitment filters in the address', () => {
  it('round-trips the filters and the opened commitment, keys in a stable order', () => {
    const params = new URLSearchParams('status=closed&source=retreat&sector=ITU-D&open=12');
    const filters = filtersFromSearch(params);
    expect(filters).toMatchObject({ source: 'retreat', sector: 'ITU-D', status: 'closed', pillar: null });
    expect(searchFromFilters(filters, openFromSearch(params)).toString()).toBe(
      'source=retreat&sector=ITU-D&status=closed&open=12',
    );
    expect(queryOfFilters(filters)).toEqual({ source: 'retreat', sector: 'ITU-D', status: 'closed' });
  });

  it('drops malformed values rather than sending them to the API', () => {
    const filters = filtersFromSearch(new URLSearchParams('status=finished&sector=a%20b&pillar=x&open=0'));
    expect(queryOfFilters(filters)).toEqual({});
    expect(openFromSearch(new URLSearchParams('open=abc'))).toBeNull();
  });
});
