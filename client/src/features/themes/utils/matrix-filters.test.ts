import { describe, expect, it } from 'vitest';
import { filtersFromSearch, heatLevel, queryOfFilters, searchFromFilters } from './matrix-filters.ts';

describe('matrix filters', () => {
  it('read the address, dropping what is malformed, and write it back in a stable order', () => {
    const filters = filtersFromSearch(new URLSearchParams('unit=RO-AFR&period=2026-Q5&theme=GEN'));
    expect(filters).toEqual({ theme: 'GEN', unit: 'RO-AFR', period: null });
    expect(searchFromFilters(filters).toString()).toBe('theme=GEN&unit=RO-AFR');
    expect(queryOfFilters(filters)).toEqual({ theme: 'GEN', unit: 'RO-AFR' });
  });

  it('shade a cell by its share of the busiest cell', () => {
    expect([0, 1, 2, 3, 4, 8].map((n) => heatLevel(n, 8))).toEqual([0, 1, 1, 2, 2, 4]);
    expect(heatLevel(3, 0)).toBe(0);
  });
});
