// The radar's pure parts: normalisation, n-grams across scripts, concepts across languages, overlapping
// events, and which pairs become candidates.
import { describe, expect, it } from 'vitest';
import { overlapsOf } from './activity-overlap.ts';
import { activitySubject, findCandidates } from './radar-candidates.ts';
import { conceptsOf, ngrams, normalise, similarityIndex } from './text-similarity.ts';

const item = (code: string, unit: string, texts: Record<string, string>, over: object = {}) =>
  activitySubject(`activity:${code}`, {
    code,
    unit,
    region: 'AFR',
    startDate: '2026-01-01',
    endDate: '2026-01-02',
    themes: ['GEN'],
    participants: [],
    texts: Object.fromEntries(Object.entries(texts).map(([l, title]) => [l, { title, description: null }])),
    ...over,
  });

describe('text similarity', () => {
  it('normalises accents, case, punctuation and Arabic letter forms', () => {
    expect(normalise('Réseaux  COMMUNAUTAIRES, ruraux!')).toBe('reseaux communautaires ruraux');
    expect(normalise('إدارة النفايات')).toBe('اداره النفايات');
  });

  it('cuts Latin words into padded 3-grams and Han text into 2-grams', () => {
    expect(ngrams('ict')).toEqual([' ic', 'ict', 'ct ']);
    expect(ngrams('数据中心')).toEqual(['数据', '据中', '中心']);
  });

  it('names the same concepts in different languages', () => {
    expect(conceptsOf(normalise('Girls in ICT workshop'))).toEqual(['girls', 'ict', 'workshop']);
    expect(conceptsOf(normalise('Atelier TIC pour les filles'))).toEqual(['girls', 'ict', 'workshop']);
    expect(conceptsOf(normalise('مبادئ توجيهية'))).toEqual(['guidelines']);
  });

  it('finds a translation similar and a different text not', () => {
    const index = similarityIndex([
      { texts: [{ language: 'en', text: 'Community networks toolkit for rural connectivity' }] },
      {
        texts: [
          { language: 'es', text: 'Caja de herramientas de redes comunitarias para la conectividad rural' },
        ],
      },
      { texts: [{ language: 'en', text: 'Press briefing on the Council session' }] },
    ]);
    expect(index.similarity(0, 1).text).toBeGreaterThan(0.7);
    expect(index.similarity(0, 1).ngram).toBeLessThan(0.5);
    expect(index.similarity(0, 2).text).toBeLessThan(0.2);
  });
});

describe('candidates', () => {
  const girlsEn = item('A', 'GS', { en: 'Girls in ICT Day workshop on digital skills' });
  const girlsFr = item('B', 'RO-AFR', { fr: 'Atelier TIC pour les filles : compétences numériques' });
  const briefing = item('C', 'ITU-R', { en: 'Press briefing on the Council session' });

  it('pairs similar items of different units on a shared theme, with its reasons', () => {
    const [candidate, ...others] = findCandidates([girlsEn, girlsFr, briefing], ['GEN']);
    expect(others).toEqual([]);
    expect(candidate).toMatchObject({ theme: 'GEN', a: { code: 'A' }, b: { code: 'B' } });
    expect(candidate?.reasons).toEqual([
      'shared_concepts:girls,ict,workshop,skills,digital',
      'overlapping_dates',
      'same_region:AFR',
    ]);
  });

  it('leaves out the same unit, a unit taking part, another theme, and a KPI against an activity', () => {
    const sameUnit = { ...girlsFr, unit: 'GS' };
    const joined = { ...girlsFr, participants: ['GS'] };
    const otherTheme = { ...girlsFr, themes: ['ACC'] };
    const kpi = { ...girlsFr, kind: 'kpi' as const };
    for (const b of [sameUnit, joined, otherTheme, kpi])
      expect(findCandidates([girlsEn, b], ['GEN', 'ACC'])).toEqual([]);
  });
});

describe('overlapping events', () => {
  const event = {
    code: 'E1',
    kind: 'event',
    unit: 'GS',
    region: 'AFR',
    startDate: '2026-04-22',
    endDate: '2026-04-23',
    themes: ['GEN', 'EVT'],
  };
  it('flags events of other units on a shared theme, in the same region, on overlapping days', () => {
    const other = {
      ...event,
      code: 'E2',
      unit: 'ITU-D',
      startDate: '2026-04-23',
      endDate: '2026-04-25',
      themes: ['GEN'],
    };
    expect(overlapsOf(event, [event, other])).toEqual([{ code: 'E2', unit: 'ITU-D', themes: ['GEN'] }]);
    for (const o of [
      { ...other, startDate: '2026-04-24' },
      { ...other, region: 'EUR' },
      { ...other, unit: 'GS' },
      { ...other, themes: ['ACC'] },
      { ...other, kind: 'publication' },
    ])
      expect(overlapsOf(event, [o])).toEqual([]);
  });
});
