// The UI's texts in the six official languages. The chosen language is remembered in the browser
// (and, once signed in, on the user), and sets <html lang dir>.
//
// English, the fallback, ships with the landing bundle; each other language is fetched when first chosen
// (its core file and every feature's file, in parallel), so a user downloads one language, not six.
// main.tsx waits for `i18nReady` before the first render, so an Arabic page never flashes English.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Language } from '@rbm/shared';
import en from '../locales/en.json';

export const RTL_LANGUAGES: readonly Language[] = ['ar'];
const STORAGE_KEY = 'rbm.language';

export type Texts = { [key: string]: string | Texts };
type Load = () => Promise<Texts>;

/** Each feature keeps its texts beside it, in features/<feature>/locales/<language>.json, under one
 * top-level key of its own (the feature's namespace); they are merged into the app's texts here. */
const englishFeatureTexts = import.meta.glob<Texts>('../features/*/locales/en.json', {
  eager: true,
  import: 'default',
});
const otherTexts = import.meta.glob<Texts>(
  [
    '../locales/*.json',
    '../features/*/locales/*.json',
    '!../locales/en.json',
    '!../features/*/locales/en.json',
  ],
  { import: 'default' },
);

function merge(target: Texts, source: Texts, where: string): Texts {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    if (typeof value === 'object' && typeof existing === 'object') merge(existing, value, `${where}.${key}`);
    else if (existing !== undefined) throw new Error(`Text key ${where}.${key} is defined twice`);
    else target[key] = typeof value === 'object' ? merge({}, value, `${where}.${key}`) : value;
  }
  return target;
}

function mergeAll(language: Language, trees: Texts[]): Texts {
  const texts: Texts = {};
  for (const tree of trees) merge(texts, tree, language);
  return texts;
}

const english = mergeAll('en', [en, ...Object.values(englishFeatureTexts)]);

/** The files of one language other than English: the core file and each feature's. */
function loadersOf(language: Language): Load[] {
  return Object.entries(otherTexts)
    .filter(([file]) => file.endsWith(`/${language}.json`))
    .map(([, load]) => load);
}

const loading = new Map<Language, Promise<void>>();

/** Fetches a language's texts once and hands them to i18next; English is there from the start. */
export function loadLanguage(language: Language): Promise<void> {
  if (language === 'en') return Promise.resolve();
  let pending = loading.get(language);
  if (!pending) {
    pending = Promise.all(loadersOf(language).map((load) => load())).then((trees) => {
      i18next.addResourceBundle(language, 'translation', mergeAll(language, trees), true, true);
    });
    // A failed fetch (offline) may be retried by choosing the language again.
    pending.catch(() => loading.delete(language));
    loading.set(language, pending);
  }
  return pending;
}

/** Every language's texts, merged as the app sees them (for tests: this loads all six). */
export async function loadAllResources(): Promise<Record<Language, Texts>> {
  const entries = await Promise.all(
    LANGUAGES.map(async (language) =>
      language === 'en'
        ? ([language, english] as const)
        : ([language, mergeAll(language, await Promise.all(loadersOf(language).map((l) => l())))] as const),
    ),
  );
  return Object.fromEntries(entries) as Record<Language, Texts>;
}

function initialLanguage(): Language {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  const candidates = [
    stored,
    ...(typeof navigator === 'undefined' ? [] : navigator.languages.map((l) => l.slice(0, 2))),
  ];
  return (candidates.find((c) => LANGUAGES.includes(c as Language)) as Language | undefined) ?? 'en';
}

export function applyDocumentLanguage(language: Language): void {
  document.documentElement.lang = language;
  document.documentElement.dir = RTL_LANGUAGES.includes(language) ? 'rtl' : 'ltr';
}

async function switchTo(language: Language): Promise<void> {
  await loadLanguage(language);
  await i18next.changeLanguage(language);
  applyDocumentLanguage(language);
}

/** Switches the UI, once the language's texts are here, and remembers the choice in this browser. */
export async function setLanguage(language: Language): Promise<void> {
  localStorage.setItem(STORAGE_KEY, language);
  await i18nReady;
  await switchTo(language);
}

export function currentLanguage(): Language {
  return (LANGUAGES as readonly string[]).includes(i18next.language) ? (i18next.language as Language) : 'en';
}

async function start(): Promise<void> {
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: english } },
    partialBundledLanguages: true,
    lng: 'en',
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  // Should the language fail to load (offline), the app still starts, in English.
  await switchTo(initialLanguage()).catch(() => applyDocumentLanguage('en'));
}

/** Resolves once the user's language is ready to render. */
export const i18nReady: Promise<void> = start();

export default i18next;
