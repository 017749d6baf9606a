// The duplication radar's candidates: pairs of items (KPIs and activities) of different units on a shared
// theme whose texts are alike (text-similarity.ts), scored with their dates and regions. Pure: the radar
// route and `npm run bench -- radar` run the same function.
import { datesOverlap } from './activity-overlap.ts';
import { similarityIndex, type TextItem } from './text-similarity.ts';

export interface RadarSubject extends TextItem {
  key: string;
  kind: 'activity' | 'kpi';
  code: string;
  unit: string;
  title: string;
  themes: readonly string[];
  /** Activities only: other units taking part (a pair already run together is not a duplicate). */
  participants: readonly string[];
  region?: string | null;
  startDate?: string;
  endDate?: string;
}

export interface Candidate {
  theme: string;
  a: RadarSubject;
  b: RadarSubject;
  score: number;
  similarity: number;
  reasons: string[];
}

/** Tuned on the labelled set (fixtures/radar-labelled.ts, `npm run bench -- radar`). */
export const RADAR_THRESHOLDS = { similarity: 0.5, score: 0.5 } as const;
const WEIGHTS = { text: 0.7, dates: 0.15, region: 0.15 } as const;

const round = (x: number) => Math.round(x * 1000) / 1000;

export function findCandidates(
  subjects: readonly RadarSubject[],
  themeOrder: readonly string[],
): Candidate[] {
  const sorted = [...subjects].sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  const index = similarityIndex(sorted);
  const candidates: Candidate[] = [];
  for (let i = 0; i < sorted.length; i += 1) {
    const a = sorted[i] as RadarSubject;
    for (let j = i + 1; j < sorted.length; j += 1) {
      const b = sorted[j] as RadarSubject;
      // like with like: two units measuring the same (KPIs) or doing the same (activities)
      if (a.kind !== b.kind) continue;
      if (a.unit === b.unit || a.participants.includes(b.unit) || b.participants.includes(a.unit)) continue;
      const theme = themeOrder.find((t) => a.themes.includes(t) && b.themes.includes(t));
      if (theme === undefined) continue;
      const { text, ngram, concepts } = index.similarity(i, j);
      if (text < RADAR_THRESHOLDS.similarity) continue;
      const reasons: string[] = [];
      if (ngram >= RADAR_THRESHOLDS.similarity) reasons.push('similar_wording');
      if (concepts.length > 0) reasons.push(`shared_concepts:${concepts.join(',')}`);
      let score = WEIGHTS.text * text;
      const dated = a.startDate && a.endDate && b.startDate && b.endDate;
      if (dated && datesOverlap(a as Required<RadarSubject>, b as Required<RadarSubject>)) {
        score += WEIGHTS.dates;
        reasons.push('overlapping_dates');
      }
      if (a.region !== undefined && b.region !== undefined && a.region !== null && a.region === b.region) {
        score += WEIGHTS.region;
        reasons.push(`same_region:${a.region}`);
      }
      if (score < RADAR_THRESHOLDS.score) continue;
      candidates.push({ theme, a, b, score: round(score), similarity: round(text), reasons });
    }
  }
  return candidates.sort((x, y) => y.score - x.score || (x.a.key < y.a.key ? -1 : 1));
}

export interface RadarActivity {
  code: string;
  unit: string;
  region: string | null;
  startDate: string;
  endDate: string;
  themes: readonly string[];
  participants: readonly string[];
  texts: Partial<Record<string, { title: string; description: string | null } | undefined>>;
}

const joined = (title: string, description: string | null | undefined) =>
  description ? `${title}. ${description}` : title;

/** An activity as the radar compares it: every language's title and description. */
export function activitySubject(key: string, a: RadarActivity): RadarSubject {
  const texts = Object.entries(a.texts).flatMap(([language, t]) =>
    t ? [{ language, text: joined(t.title, t.description) }] : [],
  );
  return {
    key,
    kind: 'activity',
    code: a.code,
    unit: a.unit,
    title: a.texts.en?.title ?? Object.values(a.texts).find((t) => t)?.title ?? a.code,
    themes: a.themes,
    participants: a.participants,
    texts,
    region: a.region,
    startDate: a.startDate,
    endDate: a.endDate,
  };
}

/** A KPI as the radar compares it: its name and definition in every language held. */
export function kpiSubject(
  key: string,
  kpi: { code: string; unit: string; themes: readonly string[] },
  texts: ReadonlyArray<{ language: string; name: string; definition: string | null }>,
): RadarSubject {
  return {
    key,
    kind: 'kpi',
    code: kpi.code,
    unit: kpi.unit,
    title: texts.find((t) => t.language === 'en')?.name ?? kpi.code,
    themes: kpi.themes,
    participants: [],
    texts: texts.map((t) => ({ language: t.language, text: joined(t.name, t.definition) })),
  };
}
