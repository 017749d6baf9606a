import { describe, expect, it } from 'vitest';
import { filtersFromSearch, searchFromFilters, withFilter } from './explorer-filters.ts';

describe('explorer filters <-> URL', () => {
  it('reads every filter from the query', () => {
    const filters = filtersFromSearch(
      new URLSearchParams('view=sector&period=2026-Q2&sector=ITU-D&region=AFR&status=off_track&open=KAP-1'),
    );
    expect(filters).toEqual({
      view: 'sector',
      period: '2026-Q2',
      sector: 'ITU-D',
      region: 'AFR',
      status: 'off_track',
      open: 'KAP-1',
    });
  });

  it('falls back to the defaults and drops malformed values', () => {
    expect(filtersFromSearch(new URLSearchParams(''))).toEqual({
      view: 'goal',
      period: null,
      sector: null,
      region: null,
      status: null,
      open: null,
    });
    const bad = filtersFromSearch(
      new URLSearchParams('view=target&period=2026-Q5&sector=%3Cscript%3E&status=great&region='),
    );
    expect(bad).toMatchObject({ view: 'goal', period: null, sector: null, status: null, region: null });
  });

  it('writes a short, stable query that reads back to the same filters', () => {
    const filters = filtersFromSearch(new URLSearchParams('status=at_risk&sector=GS&view=sector'));
    const query = searchFromFilters(filters).toString();
    expect(query).toBe('view=sector&sector=GS&status=at_risk');
    expect(filtersFromSearch(new URLSearchParams(query))).toEqual(filters);
    expect(searchFromFilters(filtersFromSearch(new URLSearchParams())).toString()).toBe('');
  });

  it('forgets the node pointed at once another filter changes', () => {
    const filters = filtersFromSearch(new URLSearchParams('open=KAP-1&sector=ITU-D'));
    expect(withFilter(filters, 'region', 'AFR')).toMatchObject({
      region: 'AFR',
      open: null,
      sector: 'ITU-D',
    });
    expect(withFilter(filters, 'open', 'KAP-2').open).toBe('KAP-2');
  });
});
