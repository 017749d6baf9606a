// The UI's texts in the six official languages. The chosen language is remembered in the browser
// (and, once signed in, on the user), and sets <html lang dir>.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Language } from '@rbm/shared';
import ar from '../locales/ar.json';
import en from '../locales/en.json';
import es from '../locales/es.json';
import fr from '../locales/fr.json';
import ru from '../locales/ru.json';
import zh from '../locales/zh.json';

export const RTL_LANGUAGES: readonly Language[] = ['ar'];
const STORAGE_KEY = 'rbm.language';

type Texts = { [key: string]: string | Texts };

/** Each feature keeps its texts beside it, in features/<feature>/locales/<language>.json, under one
 * top-level key of its own (the feature's namespace); they are merged into the app's texts here. */
const featureTexts = import.meta.glob<Texts>('../features/*/locales/*.json', {
  eager: true,
  import: 'default',
});

function merge(target: Texts, source: Texts, where: string): Texts {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    if (typeof value === 'object' && typeof existing === 'object') merge(existing, value, `${where}.${key}`);
    else if (existing !== undefined) throw new Error(`Text key ${where}.${key} is defined twice`);
    else target[key] = typeof value === 'object' ? merge({}, value, `${where}.${key}`) : value;
  }
  return target;
}

function withFeatureTexts(language: Language, base: Texts): Texts {
  const texts = merge({}, base, language);
  for (const [file, tree] of Object.entries(featureTexts))
    if (file.endsWith(`/${language}.json`)) merge(texts, tree, language);
  return texts;
}

export const resources: Record<Language, Texts> = {
  en: withFeatureTexts('en', en),
  fr: withFeatureTexts('fr', fr),
  es: withFeatureTexts('es', es),
  ar: withFeatureTexts('ar', ar),
  ru: withFeatureTexts('ru', ru),
  zh: withFeatureTexts('zh', zh),
};

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

export async function setLanguage(language: Language): Promise<void> {
  localStorage.setItem(STORAGE_KEY, language);
  await i18next.changeLanguage(language);
  applyDocumentLanguage(language);
}

export function currentLanguage(): Language {
  return (LANGUAGES as readonly string[]).includes(i18next.language) ? (i18next.language as Language) : 'en';
}

void i18next.use(initReactI18next).init({
  resources: Object.fromEntries(
    Object.entries(resources).map(([lng, translation]) => [lng, { translation }]),
  ),
  lng: initialLanguage(),
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  returnNull: false,
});
applyDocumentLanguage(currentLanguage());

export default i18next;
