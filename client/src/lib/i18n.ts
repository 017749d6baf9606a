// The UI's texts in the six official languages. The chosen language is remembered in the browser
// (and, once signed in, on the user), and sets <html lang dir>.
//
// The landing route's texts (the core file: navigation, shared errors; and the features the Connect 2030
// overview shows) are all a first visit needs. English ones ship with the landing bundle; any other language
// is fetched when first chosen, so a user downloads one language, not six. The other features' texts are
// fetched with the first page beyond the landing route (`loadPageTexts`, awaited by each lazy page in
// App.tsx), in the language in use, so the landing route does not carry every screen's words.
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
 * top-level key of its own (the feature's namespace); they are merged into the app's texts here. The
 * landing route's features ship their English texts with it: keep this list to what the overview, the
 * header and the sign-in page show (a missing text is reported on the console, which the browser tests
 * treat as an error). */
const englishLandingTexts = import.meta.glob<Texts>(
  [
    '../features/overview/locales/en.json',
    '../features/outlook/locales/en.json',
    '../features/notifications/locales/en.json',
  ],
  { eager: true, import: 'default' },
);
const lazyTexts = import.meta.glob<Texts>(
  [
    '../locales/*.json',
    '../features/*/locales/*.json',
    '!../locales/en.json',
    '!../features/overview/locales/en.json',
    '!../features/outlook/locales/en.json',
    '!../features/notifications/locales/en.json',
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

const englishLanding = mergeAll('en', [en, ...Object.values(englishLandingTexts)]);
const landingFiles = new Set([
  '../locales/',
  ...Object.keys(englishLandingTexts).map((file) => file.replace(/en\.json$/, '')),
]);
const isLanding = (file: string) => landingFiles.has(file.slice(0, file.lastIndexOf('/') + 1));

type Part = 'landing' | 'pages';

/** The files of one language's part: the landing route's (core and landing features) or the pages'. */
function loadersOf(language: Language, part: Part): Load[] {
  return Object.entries(lazyTexts)
    .filter(([file]) => file.endsWith(`/${language}.json`) && isLanding(file) === (part === 'landing'))
    .map(([, load]) => load);
}

const loading = new Map<string, Promise<void>>();
/** Whether a page beyond the landing route has asked for its texts: a language chosen later needs them too. */
let pagesWanted = false;

function loadPart(language: Language, part: Part): Promise<void> {
  if (language === 'en' && part === 'landing') return Promise.resolve();
  const key = `${language}:${part}`;
  let pending = loading.get(key);
  if (!pending) {
    pending = Promise.all(loadersOf(language, part).map((load) => load())).then((trees) => {
      i18next.addResourceBundle(language, 'translation', mergeAll(language, trees), true, true);
    });
    // A failed fetch (offline) may be retried by choosing the language or opening the page again.
    pending.catch(() => loading.delete(key));
    loading.set(key, pending);
  }
  return pending;
}

/** Fetches a language's texts once and hands them to i18next: the landing route's, and the pages' once any
 * page beyond the landing route has been opened. English's landing texts are there from the start. */
export async function loadLanguage(language: Language): Promise<void> {
  await Promise.all([loadPart(language, 'landing'), ...(pagesWanted ? [loadPart(language, 'pages')] : [])]);
}

/** The texts of every page beyond the landing route, in the language in use (each lazy page awaits this). */
export function loadPageTexts(): Promise<void> {
  pagesWanted = true;
  return loadPart(currentLanguage(), 'pages');
}

/** Every language's texts, merged as the app sees them (for tests: this loads all six). */
export async function loadAllResources(): Promise<Record<Language, Texts>> {
  const entries = await Promise.all(
    LANGUAGES.map(async (language) => {
      const trees = await Promise.all(
        [...loadersOf(language, 'landing'), ...loadersOf(language, 'pages')].map((load) => load()),
      );
      const all = language === 'en' ? [englishLanding, ...trees] : trees;
      return [language, mergeAll(language, all)] as const;
    }),
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
    resources: { en: { translation: englishLanding } },
    partialBundledLanguages: true,
    lng: 'en',
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false,
    // A text asked for that is not there (say, a landing feature left out of the list above) is a bug: say it
    // on the console, where the browser tests look. Texts asked for with a default value may be absent.
    parseMissingKeyHandler: (key, defaultValue) => {
      if (defaultValue === undefined) console.error(`Missing text: ${key}`);
      return defaultValue ?? key;
    },
  });
  // Should the language fail to load (offline), the app still starts, in English.
  await switchTo(initialLanguage()).catch(() => applyDocumentLanguage('en'));
}

/** Resolves once the user's language is ready to render. */
export const i18nReady: Promise<void> = start();

export default i18next;
