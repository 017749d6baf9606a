import { describe, expect, it } from 'vitest';
import type { TranslationItem, TranslationList } from '@rbm/shared/schemas';
import { draftProblem, isChanged, readFilters, withSavedItem } from './translation-list.ts';

const item = (entityId: number, text: string | null): TranslationItem => ({
  entity: 'kpi',
  entityId,
  code: `K${entityId}`,
  field: 'name',
  english: `KPI ${entityId}`,
  language: 'fr',
  text,
  status: text === null ? null : 'unofficial',
  updatedAt: text === null ? null : '2026-11-01T00:00:00Z',
});

const list: TranslationList = {
  plan: 'SP-2024-2027',
  language: 'fr',
  total: 3,
  missing: 2,
  confirmed: 0,
  items: [item(1, null), item(2, 'Deux'), item(3, null)],
};

describe('withSavedItem', () => {
  it('replaces the saved text in place and counts one missing fewer', () => {
    const next = withSavedItem(list, item(1, 'Un'));
    expect(next.items.map((i) => i.text)).toEqual(['Un', 'Deux', null]);
    expect(next.missing).toBe(1);
  });

  it('counts a confirmed text among the confirmed ones, and one removed no longer', () => {
    const confirmed = withSavedItem(list, { ...item(2, 'Deux'), status: 'confirmed' });
    expect(confirmed.confirmed).toBe(1);
    expect(withSavedItem(confirmed, item(2, null)).confirmed).toBe(0);
  });

  it('counts one more missing when a translation is removed', () => {
    expect(withSavedItem(list, item(2, null)).missing).toBe(3);
  });

  it('leaves lists of another language or without the item alone', () => {
    expect(withSavedItem(list, { ...item(1, 'Uno'), language: 'es' })).toBe(list);
    expect(withSavedItem(list, item(9, 'Neuf'))).toEqual(list);
  });
});

describe('draftProblem', () => {
  it('accepts an empty draft (it removes the translation) and ordinary text', () => {
    expect(draftProblem('name', '   ')).toBeNull();
    expect(draftProblem('name', 'Connectivité universelle')).toBeNull();
    expect(draftProblem('definition', 'Ligne un\nLigne deux')).toBeNull();
  });

  it('refuses line breaks in a name and control characters anywhere', () => {
    expect(draftProblem('name', 'deux\nlignes')).toBe('invalid_character');
    expect(draftProblem('description', 'bip\u0007')).toBe('invalid_character');
  });

  it('refuses texts over the limit, counting characters not UTF-16 units', () => {
    expect(draftProblem('name', 'a'.repeat(300))).toBeNull();
    expect(draftProblem('name', 'a'.repeat(301))).toBe('invalid_maxLength');
    expect(draftProblem('name', '😀'.repeat(300))).toBeNull();
    expect(draftProblem('definition', 'a'.repeat(4001))).toBe('invalid_maxLength');
  });
});

describe('isChanged', () => {
  it('ignores spaces around the text and treats a missing translation as empty', () => {
    expect(isChanged('Deux', ' Deux ')).toBe(false);
    expect(isChanged('Deux', 'Deux !')).toBe(true);
    expect(isChanged(null, '')).toBe(false);
    expect(isChanged(null, 'Un')).toBe(true);
  });
});

describe('readFilters', () => {
  it('reads language, entity and missing from the address', () => {
    const params = new URLSearchParams('language=zh&entity=outcome&missing=true');
    expect(readFilters(params, 'en')).toEqual({ language: 'zh', entity: 'outcome', missing: true });
  });

  it("defaults to the UI's language when it is not English, else French, and ignores unknown values", () => {
    expect(readFilters(new URLSearchParams(''), 'ar')).toEqual({
      language: 'ar',
      entity: undefined,
      missing: false,
    });
    expect(readFilters(new URLSearchParams('language=en&entity=sector'), 'en')).toEqual({
      language: 'fr',
      entity: undefined,
      missing: false,
    });
  });
});
