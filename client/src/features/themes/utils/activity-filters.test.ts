import type { Activity } from '@rbm/shared/schemas';
import { describe, expect, it } from 'vitest';
import {
  activityFiltersFromSearch,
  activityTitle,
  inRegion,
  queryOfActivityFilters,
  searchFromActivityFilters,
} from './activity-filters.ts';

describe('activity filters in the address', () => {
  it('reads theme, unit, region and kind, dropping malformed ones, and writes them back in order', () => {
    const filters = activityFiltersFromSearch(
      new URLSearchParams('kind=event&region=AFR&unit=ITU-D&theme=gen&x=1'),
    );
    expect(filters).toEqual({ theme: 'GEN', unit: 'ITU-D', region: 'AFR', kind: 'event' });
    expect(searchFromActivityFilters(filters).toString()).toBe('theme=GEN&unit=ITU-D&region=AFR&kind=event');
    expect(queryOfActivityFilters(filters)).toEqual({ theme: 'GEN', unit: 'ITU-D', kind: 'event' });
    expect(activityFiltersFromSearch(new URLSearchParams('kind=party&unit=<b>'))).toEqual({
      theme: null,
      unit: null,
      region: null,
      kind: null,
    });
  });

  it('filters by region, global meaning none, and titles in the reader language or English', () => {
    const a = { code: 'A', region: null, texts: { en: { title: 'Camp', description: null } } } as Activity;
    expect(inRegion(a, 'global')).toBe(true);
    expect(inRegion(a, 'AFR')).toBe(false);
    expect(inRegion(a, null)).toBe(true);
    expect(activityTitle(a, 'fr')).toEqual({ text: 'Camp', language: 'en' });
  });
});
