// Every language has exactly English's keys, file by file (the core texts and each feature's) and merged
// as the app sees them. Plural keys may differ in their suffixes, as each language has its own plural
// categories (Intl.PluralRules), but each must have every category its language uses.
import { LANGUAGES } from '@rbm/shared';
import { describe, expect, it } from 'vitest';
import { loadAllResources, type Texts } from './i18n.ts';

const resources = await loadAllResources();

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function flatten(tree: unknown, prefix = ''): Map<string, string> {
  const result = new Map<string, string>();
  for (const [key, value] of Object.entries(tree as Record<string, unknown>)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (typeof value === 'object' && value !== null) {
      for (const [k, v] of flatten(value, path)) result.set(k, v);
    } else {
      result.set(path, String(value));
    }
  }
  return result;
}

interface Keys {
  /** Plain keys and plural base keys. */
  base: Set<string>;
  /** Plural base key -> categories present. */
  plurals: Map<string, Set<string>>;
  texts: Map<string, string>;
}

function keysOf(tree: unknown): Keys {
  const texts = flatten(tree);
  const base = new Set<string>();
  const plurals = new Map<string, Set<string>>();
  for (const key of texts.keys()) {
    const match = PLURAL_SUFFIX.exec(key);
    if (match) {
      const stem = key.slice(0, match.index);
      base.add(stem);
      plurals.set(stem, (plurals.get(stem) ?? new Set()).add(match[1] as string));
    } else {
      base.add(key);
    }
  }
  return { base, plurals, texts };
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1] as string).sort();
}

const english = keysOf(resources.en);
const languages = Object.keys(resources) as (keyof typeof resources)[];

/** Every text file, by folder: src/locales (the core texts) and each features/<feature>/locales. */
const files = import.meta.glob<Texts>(['../locales/*.json', '../features/*/locales/*.json'], {
  eager: true,
  import: 'default',
});
const folders = new Map<string, Map<string, Texts>>();
for (const [file, tree] of Object.entries(files)) {
  const slash = file.lastIndexOf('/');
  const folder = file.slice(0, slash);
  folders.set(folder, (folders.get(folder) ?? new Map<string, Texts>()).set(file.slice(slash + 1), tree));
}

describe.each([...folders.keys()])('text files in %s', (folder) => {
  const byName = folders.get(folder) ?? new Map<string, Texts>();
  const englishKeys = keysOf(byName.get('en.json') ?? {}).base;

  it('has one file per official language, English included', () => {
    expect([...byName.keys()].sort()).toEqual(LANGUAGES.map((l) => `${l}.json`).sort());
  });

  it("gives each language file exactly its en.json's keys", () => {
    for (const [name, tree] of byName) {
      const keys = keysOf(tree).base;
      const file = `${folder}/${name}`;
      expect({ file, extra: [...keys].filter((k) => !englishKeys.has(k)) }).toEqual({ file, extra: [] });
      expect({ file, missing: [...englishKeys].filter((k) => !keys.has(k)) }).toEqual({ file, missing: [] });
    }
  });
});

describe.each(languages)('locale %s', (language) => {
  const keys = keysOf(resources[language]);
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories as string[];

  it("has exactly English's keys (comparing plural keys by their base)", () => {
    expect([...keys.base].filter((k) => !english.base.has(k))).toEqual([]);
    expect([...english.base].filter((k) => !keys.base.has(k))).toEqual([]);
  });

  it('uses plural forms exactly where English does', () => {
    expect([...keys.plurals.keys()].sort()).toEqual([...english.plurals.keys()].sort());
  });

  it(`gives every plural key each of the language's categories (${categories.join(', ')}) and no other`, () => {
    for (const [stem, present] of keys.plurals) {
      expect({ key: stem, categories: [...present].sort() }).toEqual({
        key: stem,
        categories: [...categories].sort(),
      });
    }
  });

  it('has no empty text', () => {
    expect([...keys.texts].filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual([]);
  });

  it("uses English's placeholders (a plural form may leave out {{count}})", () => {
    for (const [key, text] of keys.texts) {
      const match = PLURAL_SUFFIX.exec(key);
      if (match) {
        const stem = key.slice(0, match.index);
        const allowed = new Set(
          [...english.texts]
            .filter(([k]) => k.startsWith(`${stem}_`) && PLURAL_SUFFIX.test(k))
            .flatMap(([, t]) => placeholders(t)),
        );
        expect({ key, unknown: placeholders(text).filter((p) => !allowed.has(p)) }).toEqual({
          key,
          unknown: [],
        });
      } else {
        expect({ key, placeholders: placeholders(text) }).toEqual({
          key,
          placeholders: placeholders(english.texts.get(key) ?? ''),
        });
      }
    }
  });
});
