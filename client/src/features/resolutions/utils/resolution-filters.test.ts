import { describe, expect, it } from 'vitest';
import {
  bytesToBase64,
  codesOf,
  filtersFromSearch,
  queryOfFilters,
  searchFromFilters,
  titleIn,
} from './resolution-filters.ts';

describe('resolution filters in the address', () => {
  it('reads known values, drops malformed ones and writes them back in a stable order', () => {
    const filters = filtersFromSearch(new URLSearchParams('theme=gen&sector=ITU-D&conference=PP&edit=12'));
    expect(filters).toEqual({ conference: 'PP', sector: 'ITU-D', theme: 'GEN', edit: 12 });
    expect(searchFromFilters(filters).toString()).toBe('conference=PP&sector=ITU-D&theme=GEN&edit=12');
    expect(queryOfFilters(filters)).toEqual({ conference: 'PP', sector: 'ITU-D', theme: 'GEN' });
    expect(filtersFromSearch(new URLSearchParams('conference=XX&sector=ITU-X&theme=a%20b&edit=0'))).toEqual({
      conference: null,
      sector: null,
      theme: null,
      edit: null,
    });
    expect(filtersFromSearch(new URLSearchParams('edit=new')).edit).toBe('new');
  });

  it("picks the reader's language, else English, else any title", () => {
    expect(titleIn({ en: 'Gender', fr: 'Genre' }, 'fr')).toEqual({ text: 'Genre', language: 'fr' });
    expect(titleIn({ en: 'Gender' }, 'ar')).toEqual({ text: 'Gender', language: 'en' });
    expect(titleIn({ zh: '性别' }, 'ar')).toEqual({ text: '性别', language: 'zh' });
  });

  it('splits typed codes and encodes files', () => {
    expect(codesOf(' KAP-1, KAP-2;KAP-1  T-STD ')).toEqual(['KAP-1', 'KAP-2', 'T-STD']);
    expect(bytesToBase64(new TextEncoder().encode('PP,191'))).toBe(btoa('PP,191'));
  });
});
