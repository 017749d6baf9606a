// Text similarity for the duplication radar, across the six languages' texts held. Why this method: the texts
// are short (titles, one-paragraph descriptions) in Latin, Cyrillic, Arabic and Han scripts, with inflection
// (French plurals, Russian cases) and no word boundaries in Chinese. Character n-grams over normalised text
// (accents removed, lower case; 3-grams inside words, Han as character 2-grams) match inflected forms and
// need no tokenizer; TF-IDF weighting keeps the words every text in the field shares ("ITU", "digital") from
// making everything look alike. Texts in different languages share few n-grams, so each item also carries
// language-neutral concepts (radar-glossary.ts), and the similarity of two items is the larger of their best
// same-language n-gram cosine and their concept cosine. No model, no network, deterministic and explainable.
import { CONCEPTS } from './radar-glossary.ts';

/** Lower case, accents and tatweel/harakat removed, anything but letters and digits a space. */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f\u064b-\u065f\u0640]/g, '')
    .toLowerCase()
    .replace(/[أإآ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const HAN = /\p{Script=Han}/u;

/** The character n-grams of a normalised text: 3-grams of each padded word, 2-grams of Han runs. */
export function ngrams(text: string): string[] {
  const grams: string[] = [];
  for (const word of text.split(' ')) {
    if (word === '') continue;
    if (HAN.test(word)) {
      const chars = [...word];
      for (let i = 0; i + 1 < chars.length; i += 1) grams.push(`${chars[i]}${chars[i + 1]}`);
      if (chars.length === 1) grams.push(word);
      continue;
    }
    const padded = [...` ${word} `];
    for (let i = 0; i + 2 < padded.length; i += 1) grams.push(padded.slice(i, i + 3).join(''));
  }
  return grams;
}

/** The glossary's stems, normalised as the texts are. */
const STEMS = Object.entries(CONCEPTS).map(([concept, stems]) => ({
  concept,
  stems: stems.map((stem) => (HAN.test(stem) ? normalise(stem) : ` ${normalise(stem)}`)),
}));

/** The concepts a normalised text names. */
export function conceptsOf(text: string): string[] {
  const spaced = ` ${text} `;
  return STEMS.filter(({ stems }) => stems.some((stem) => spaced.includes(stem))).map((s) => s.concept);
}

type Vector = Map<string, number>;

function cosine(a: Vector, b: Vector): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, v] of a) {
    na += v * v;
    const w = b.get(k);
    if (w !== undefined) dot += v * w;
  }
  for (const v of b.values()) nb += v * v;
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

function counts(terms: readonly string[]): Vector {
  const c = new Map<string, number>();
  for (const t of terms) c.set(t, (c.get(t) ?? 0) + 1);
  return c;
}

/** An item's texts, one per language held (title and description together). */
export interface TextItem {
  texts: ReadonlyArray<{ language: string; text: string }>;
}

export interface SimilarityIndex {
  /** 0 to 1: the best same-language n-gram cosine or the concept cosine, whichever is larger. */
  similarity(a: number, b: number): { text: number; ngram: number; concepts: string[] };
}

/** TF-IDF vectors of every item's texts over the whole collection (document frequency per item). */
export function similarityIndex(items: readonly TextItem[]): SimilarityIndex {
  const prepared = items.map((item) =>
    item.texts.map((t) => {
      const text = normalise(t.text);
      return { language: t.language, grams: counts(ngrams(text)), concepts: conceptsOf(text) };
    }),
  );
  const gramDf = new Map<string, number>();
  const conceptDf = new Map<string, number>();
  for (const texts of prepared) {
    for (const g of new Set(texts.flatMap((t) => [...t.grams.keys()])))
      gramDf.set(g, (gramDf.get(g) ?? 0) + 1);
    for (const c of new Set(texts.flatMap((t) => t.concepts))) conceptDf.set(c, (conceptDf.get(c) ?? 0) + 1);
  }
  const n = items.length;
  const idf = (df: number | undefined) => Math.log((n + 1) / ((df ?? 0) + 1)) + 1;
  const vectors = prepared.map((texts) =>
    texts.map((t) => ({
      language: t.language,
      vector: new Map([...t.grams].map(([g, tf]) => [g, (1 + Math.log(tf)) * idf(gramDf.get(g))])),
    })),
  );
  const conceptSets = prepared.map((texts) => [...new Set(texts.flatMap((t) => t.concepts))]);
  const conceptVectors = conceptSets.map((set) => new Map(set.map((c) => [c, idf(conceptDf.get(c))])));
  return {
    similarity(a, b) {
      let ngram = 0;
      for (const x of vectors[a] ?? [])
        for (const y of vectors[b] ?? [])
          if (x.language === y.language) ngram = Math.max(ngram, cosine(x.vector, y.vector));
      const shared = (conceptSets[a] ?? []).filter((c) => (conceptSets[b] ?? []).includes(c));
      // one shared concept ("members") says little: the concept cosine counts in full from several on
      const confidence = shared.length / (shared.length + 1);
      const conceptSim = confidence * cosine(conceptVectors[a] ?? new Map(), conceptVectors[b] ?? new Map());
      return { text: Math.max(ngram, conceptSim), ngram, concepts: shared };
    },
  };
}
