// The PowerPoint export, read back as the zip it is: slides, their titles, and the native charts' data.
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STATUSES } from '@rbm/shared';
import { officeColor } from '@rbm/shared/rbm';
import type { AnnualReport } from '@rbm/shared/schemas';
import { buildTestApp, type TestContext } from '../../../test/build-test-app.ts';
import { exportLocale } from './export-texts/index.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await buildTestApp();
});
afterAll(async () => ctx.close());

const PLAN = 'SP-2024-2027';
const get = (url: string) => ctx.app.inject({ method: 'GET', url });

interface Deck {
  zip: JSZip;
  slides: string[];
  charts: string[];
}

async function readDeck(body: Buffer): Promise<Deck> {
  const zip = await JSZip.loadAsync(body);
  const numbered = (prefix: string) =>
    Object.keys(zip.files)
      .filter((name) => new RegExp(`^${prefix}\\d+\\.xml$`).test(name))
      .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)?.[1]) - Number(/(\d+)\.xml$/.exec(b)?.[1]));
  const read = (names: string[]) => Promise.all(names.map((n) => zip.file(n)?.async('string') ?? ''));
  return {
    zip,
    slides: await read(numbered('ppt/slides/slide')),
    charts: await read(numbered('ppt/charts/chart')),
  };
}

/** The texts of a slide or chart (<a:t> runs and <c:v> cached values), XML entities decoded. */
const texts = (xml: string, tag: 'a:t' | 'c:v') =>
  [...xml.matchAll(new RegExp(`<${tag}>([^<]*)</${tag}>`, 'g'))].map((m) =>
    (m[1] ?? '')
      .replaceAll('&amp;', '&')
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&quot;', '"')
      .replaceAll('&apos;', "'"),
  );
const label = exportLocale('en').statusLabel;

describe('GET /api/reports/annual/:year?format=pptx', () => {
  it('downloads a deck: title, one slide per goal and per Sector with a native chart, the KPIs off track and achieved', async () => {
    const json = (await get(`/api/reports/annual/2025?plan=${PLAN}`)).json<AnnualReport>();
    const res = await get(`/api/reports/annual/2025?plan=${PLAN}&format=pptx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    );
    expect(res.headers['content-disposition']).toContain('annual-report-SP-2024-2027-2025-en.pptx');
    const deck = await readDeck(res.rawPayload);

    const offTrackSlides = Math.max(1, Math.ceil(json.offTrack.length / 6));
    const achievedSlides = Math.max(1, Math.ceil(json.achieved.length / 10));
    // the registers: heat map, top risks, rates by body, overdue per unit, commitments
    const pages = (rows: number, perSlide: number) => Math.max(1, Math.ceil(rows / perSlide));
    const { risks, recommendations, commitments } = json.registers;
    const overdue = recommendations.overdueByUnit.flatMap((u) => u.items).length;
    const registerSlides =
      1 +
      pages(risks.top.length, 8) +
      pages(recommendations.byBody.length + 1, 8) +
      pages(overdue, 10) +
      pages(commitments.items.length, 8);
    expect(deck.slides.length).toBe(
      1 + json.goals.length + json.sectors.length + registerSlides + offTrackSlides + achievedSlides,
    );
    const titles = deck.slides.map((xml) => texts(xml, 'a:t')[0]);
    expect(titles[0]).toBe('Annual implementation report 2025');
    expect(texts(deck.slides[0] ?? '', 'a:t').join(' ')).toContain('Approved figures only');
    expect(texts(deck.slides[0] ?? '', 'a:t').join(' ')).toContain('Produced on November 23, 2026');
    expect(titles.slice(1, 3)).toEqual(json.goals.map((g) => `Goal ${g.code}: ${g.name.text}`));
    expect(titles.slice(3, 3 + json.sectors.length)).toEqual(
      json.sectors.map((s) => `Sector ${s.code}: ${s.name.text}`),
    );
    expect(titles.at(-1 - achievedSlides)).toMatch(/^KPIs off track in 2025/);
    expect(titles.at(-1)).toMatch(/^KPIs that reached their target in 2025/);

    // Every goal and Sector slide has one chart: goals a doughnut, Sectors stacked bars.
    expect(deck.charts.length).toBe(json.goals.length + json.sectors.length);
    const goal = json.goals[0];
    const goalChart = deck.charts[0] ?? '';
    expect(goalChart).toContain('<c:doughnutChart>');
    const present = STATUSES.filter((s) => (goal?.rollUp.counts[s] ?? 0) > 0);
    const goalValues = texts(goalChart, 'c:v');
    for (const s of present) expect(goalValues).toContain(label(s));
    const counts = present.map((s) => String(goal?.rollUp.counts[s]));
    expect(goalValues.filter((v) => /^\d+$/.test(v))).toEqual(counts);

    const itud = json.sectors.findIndex((s) => s.code === 'ITU-D');
    const sectorChart = deck.charts[json.goals.length + itud] ?? '';
    expect(sectorChart).toContain('<c:barChart>');
    expect(sectorChart).toContain('<c:grouping val="stacked"/>');
    const sectorValues = texts(sectorChart, 'c:v');
    for (const code of ['KAP-1', 'KAP-2', 'KAP-3', 'KAP-4', 'KAP-5']) expect(sectorValues).toContain(code);
    // The off-track series holds each priority's off-track count, in priority order.
    const priorities = json.sectors[itud]?.priorities ?? [];
    const series = sectorChart.split('<c:ser>').slice(1);
    expect(series.length).toBe(STATUSES.length);
    const offTrack = series[STATUSES.indexOf('off_track')] ?? '';
    expect(texts(offTrack, 'c:v')[0]).toBe(label('off_track'));
    const numbers = offTrack.slice(offTrack.indexOf('<c:val>'));
    expect(texts(numbers, 'c:v')).toEqual(priorities.map((p) => String(p.rollUp.counts.off_track)));

    // Whole KPIs: the count axis steps by 1 (never 0.5) and its labels have no decimals.
    expect(sectorChart).toMatch(/<c:valAx>[\s\S]*<c:numFmt formatCode="0"[\s\S]*<c:majorUnit val="1"\/>/);
    expect(sectorChart).toContain('<c:min val="0"/>');
  });

  it('lists each KPI off track with its actual, expected and target, and the KPIs achieved', async () => {
    const json = (await get(`/api/reports/annual/2025?plan=${PLAN}`)).json<AnnualReport>();
    const deck = await readDeck((await get(`/api/reports/annual/2025?plan=${PLAN}&format=pptx`)).rawPayload);
    const achievedSlides = Math.max(1, Math.ceil(json.achieved.length / 10));
    const offTrackSlides = Math.max(1, Math.ceil(json.offTrack.length / 6));
    const slideTexts = (slides: string[]) => slides.map((xml) => texts(xml, 'a:t')).flat();
    const offTrack = slideTexts(deck.slides.slice(-offTrackSlides - achievedSlides, -achievedSlides));
    for (const header of ['Actual', 'Expected', 'Target 2025', 'Ratio']) expect(offTrack).toContain(header);
    const rs = json.offTrack.find((k) => k.code === 'RS-K2');
    expect(rs).toMatchObject({ unit: 'days', target: 100 });
    // Its row: code, name, priority, actual, expected, target, ratio, narrative.
    const at = offTrack.indexOf('RS-K2');
    expect(offTrack.slice(at + 3, at + 7)).toEqual(['115.48', '100', '100', '0.23']);
    for (const k of json.offTrack) expect(offTrack).toContain(k.code);

    expect(json.achieved.length).toBeGreaterThan(0);
    const achieved = slideTexts(deck.slides.slice(-achievedSlides));
    const d2 = json.achieved.find((k) => k.code === 'D2-K1');
    expect(d2).toMatchObject({ actual: 51750, target: 45000, unit: 'count' });
    const row = achieved.indexOf('D2-K1');
    expect(achieved.slice(row + 3, row + 5)).toEqual(['51,750', '45,000']);
    for (const k of json.achieved) expect(achieved).toContain(k.code);
    // Codes carry the status colour of the screens (shared status style).
    const last = deck.slides.at(-1) ?? '';
    expect(last).toContain(`<a:srgbClr val="${officeColor('achieved')}"/>`);
  });

  it('says on the title slide when drafts are included', async () => {
    const res = await get(`/api/reports/annual/2026?plan=${PLAN}&include=unapproved&format=pptx`);
    expect(res.statusCode).toBe(200);
    const deck = await readDeck(res.rawPayload);
    const title = texts(deck.slides[0] ?? '', 'a:t').join(' ');
    expect(title).toContain('Includes draft and submitted values');
    expect(title).toContain('Year to date, as of Q3 2026');
  });

  it('answers problems, not decks, when the request fails', async () => {
    const unknown = await get('/api/reports/annual/2025?plan=NOPE&format=pptx');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers['content-type']).toContain('application/problem+json');
    expect((await get(`/api/reports/annual/2031?plan=${PLAN}&format=pptx`)).statusCode).toBe(422);
    const council = await ctx.signIn('council', 'rbm-demo');
    const drafts = await council.inject({
      method: 'GET',
      url: `/api/reports/annual/2025?plan=${PLAN}&include=unapproved&format=pptx`,
    });
    expect(drafts.statusCode).toBe(403);
  });
});
