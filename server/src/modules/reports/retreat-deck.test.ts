// The retreat deck (GET /api/compare?format=pptx), read back as the zip it is: a slide per Sector with its
// heatmap row in the shared status style, its KPIs by status and its forecast table; Arabic right to left.
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STATUSES } from '@rbm/shared';
import { officeColor, scoreBand, STATUS_SYMBOLS, STATUS_TINTS } from '@rbm/shared/rbm';
import type { Comparison, Outlook } from '@rbm/shared/schemas';
import { DEMO_PASSWORD } from '../../../../fixtures/demo-users.ts';
import { buildTestApp, type TestContext } from '../../../test/build-test-app.ts';
import { OUTLOOK_TEXTS } from '../outlook/outlook.texts.ts';
import { exportLocale } from './export-texts/index.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await buildTestApp();
});
afterAll(async () => ctx.close());

const PLAN = 'SP-2024-2027';
const get = (url: string) => ctx.app.inject({ method: 'GET', url });

const decode = (s: string) =>
  s
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&amp;', '&');
const texts = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => decode(m[1] ?? ''));

interface TableCell {
  text: string;
  fill: string | null;
}

/** The tables of a slide, each as rows of cells (their text and their fill colour). */
function tablesOf(slide: string): TableCell[][][] {
  return [...slide.matchAll(/<a:tbl>([\s\S]*?)<\/a:tbl>/g)].map((table) =>
    [...(table[1] ?? '').matchAll(/<a:tr[ >]([\s\S]*?)<\/a:tr>/g)].map((row) =>
      [...(row[1] ?? '').matchAll(/<a:tc[ >]([\s\S]*?)<\/a:tc>/g)].map((tc) => {
        const body = tc[1] ?? '';
        // the cell's own fill, not its borders' (<a:lnL>...<a:solidFill>)
        const properties = (/<a:tcPr[\s\S]*$/.exec(body)?.[0] ?? '').replace(
          /<a:ln[LRTB][\s\S]*?<\/a:ln[LRTB]>/g,
          '',
        );
        return {
          text: texts(body).join(''),
          fill: /<a:solidFill><a:srgbClr val="([0-9A-F]{6})"/.exec(properties)?.[1] ?? null,
        };
      }),
    ),
  );
}

async function slidesOf(body: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(body);
  const names = Object.keys(zip.files)
    .filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))
    .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)?.[1]) - Number(/(\d+)\.xml$/.exec(b)?.[1]));
  return Promise.all(names.map((n) => zip.file(n)?.async('string') ?? ''));
}

const tint = (css: string) => css.slice(1).toUpperCase();

describe('GET /api/compare?format=pptx (the retreat deck)', () => {
  it('has a title slide, then per Sector its heatmap row in the status colours, its statuses and forecasts', async () => {
    const json = (await get(`/api/compare?plan=${PLAN}&by=sector&period=2026-Q2`)).json<Comparison>();
    const outlook = (await get(`/api/outlook?plan=${PLAN}`)).json<Outlook>();
    // the rows on screen do not matter: the deck is by Sector
    const res = await get(`/api/compare?plan=${PLAN}&by=priority&period=2026-Q2&format=pptx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    );
    expect(res.headers['content-disposition']).toBe(`attachment; filename="${PLAN}-retreat-2026-Q2-en.pptx"`);
    // zipped (stored, the tables' XML made it about 760 KB)
    expect(res.rawPayload.length).toBeLessThan(200_000);
    const slides = await slidesOf(res.rawPayload);
    const locale = exportLocale('en');
    expect(texts(slides[0] ?? '')).toEqual(
      expect.arrayContaining(['Comparison for the retreat', 'Figures for Q2 2026', 'Approved figures only']),
    );
    expect(json.heatmap.rows.length).toBeGreaterThanOrEqual(4);
    const bands = new Set<string>();
    for (const row of json.heatmap.rows) {
      const slide = slides.find((s) => texts(s)[0]?.startsWith(`Sector ${row.code}:`));
      expect(slide, row.code).toBeDefined();
      const [heatmap, statuses, forecast] = tablesOf(slide ?? '');
      // heatmap: the quarters, then each cell's score and symbol on the tint of its band (shared/status-style)
      expect(heatmap?.[0]?.map((c) => c.text)).toEqual(row.cells.map((c) => locale.period(c.period)));
      expect(heatmap?.[1]).toEqual(
        row.cells.map((c) => {
          const band = scoreBand(c.score, json.thresholds, c.status);
          bands.add(band);
          return {
            text: `${locale.percent(c.score)} ${STATUS_SYMBOLS[c.status]}`,
            fill: tint(STATUS_TINTS[band]),
          };
        }),
      );
      // statuses: every status's word over its count in the period
      const group = json.groups.find((g) => g.code === row.code);
      expect(statuses?.[0]?.map((c) => c.text)).toEqual(STATUSES.map(locale.statusLabel));
      expect(statuses?.[1]?.map((c) => c.text)).toEqual(STATUSES.map((s) => String(group?.rollUp.counts[s])));
      for (const s of STATUSES) expect(slide).toContain(`<a:srgbClr val="${officeColor(s)}"/>`);
      // forecasts: KPI, target and year, forecast, gap, likely year, outlook, for the Sector's KPIs
      expect(forecast?.[0]?.map((c) => c.text)).toEqual([
        'Code',
        'KPI',
        'Target',
        'Target year',
        'Forecast',
        'Gap',
        'Likely year',
        'Outlook',
      ]);
      const mine = outlook.rows.filter((r) => r.sector === row.code);
      expect(forecast?.slice(1).map((r) => r[0]?.text)).toEqual(mine.slice(0, 8).map((r) => r.code));
      const first = mine[0]!;
      expect(forecast?.[1]?.map((c) => c.text)).toEqual([
        first.code,
        first.name.text,
        locale.figure(first.target, first.unit),
        String(first.targetYear),
        locale.figure(first.forecast, first.unit),
        locale.figure(first.gap, first.unit),
        first.likelyYear === null ? '–' : String(first.likelyYear),
        OUTLOOK_TEXTS.en.verdict[first.verdict],
      ]);
      // every KPI of the Sector is in the deck, on its slide or those that continue it
      const all = slides.flatMap(texts);
      for (const r of mine) expect(all, r.code).toContain(r.code);
    }
    // the demo's 2026 quarters are not all one colour: the bands really come from the figures
    expect(bands.size).toBeGreaterThan(1);
  });

  it('is right to left in Arabic, with Arabic titles and headers, columns in reading order', async () => {
    const res = await get(`/api/compare?plan=${PLAN}&period=2026-Q2&format=pptx&lang=ar`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain(`${PLAN}-retreat-2026-Q2-ar.pptx`);
    const slides = await slidesOf(res.rawPayload);
    const ar = exportLocale('ar');
    expect(texts(slides[0] ?? '')).toContain('مقارنة للخلوة');
    const slide = slides.find((s) => texts(s)[0]?.startsWith('القطاع ITU-D')) ?? '';
    expect(slide).toMatch(/<a:pPr[^>]*rtl="1"/);
    expect(slide).not.toMatch(/<a:pPr[^>]*algn="l"/);
    const [heatmap, statuses, forecast] = tablesOf(slide);
    // the first quarter and the first column are the rightmost
    expect(heatmap?.[0]?.at(-1)?.text).toBe(ar.period('2024-Q1'));
    expect(statuses?.[0]?.at(-1)?.text).toBe(ar.statusLabel('achieved'));
    expect(forecast?.[0]?.map((c) => c.text).reverse()).toEqual(
      [0, 1, 4, 5, 6, 7, 8, 9].map((i) => OUTLOOK_TEXTS.ar.columns[i]),
    );
  });

  it("says on each Sector's slide its confirmed risks above appetite and recommendations open and overdue", async () => {
    const json = (await get(`/api/compare?plan=${PLAN}`)).json<Comparison>();
    const slides = await slidesOf((await get(`/api/compare?plan=${PLAN}&format=pptx`)).rawPayload);
    expect(json.registers.length).toBe(json.heatmap.rows.length);
    for (const r of json.registers) {
      const slide = slides.find((s) => texts(s)[0]?.startsWith(`Sector ${r.sector}:`)) ?? '';
      expect(texts(slide).join(' '), r.sector).toContain(
        `Confirmed: ${r.risksAboveAppetite} risks above appetite · ${r.recommendationsOpen} recommendations open, ${r.recommendationsOverdue} overdue`,
      );
    }
  });

  it('shows the Council approved figures only, and refuses it drafts', async () => {
    const council = await ctx.signIn('council', DEMO_PASSWORD);
    const json = (
      await council.inject({ method: 'GET', url: `/api/compare?plan=${PLAN}` })
    ).json<Comparison>();
    const res = await council.inject({ method: 'GET', url: `/api/compare?plan=${PLAN}&format=pptx` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain(`${PLAN}-retreat-${json.period}-en.pptx`);
    const slides = await slidesOf(res.rawPayload);
    expect(texts(slides[0] ?? '')).toContain('Approved figures only');
    const row = json.heatmap.rows[0]!;
    const slide = slides.find((s) => texts(s)[0]?.startsWith(`Sector ${row.code}:`)) ?? '';
    const locale = exportLocale('en');
    expect(tablesOf(slide)[0]?.[1]?.map((c) => c.text)).toEqual(
      row.cells.map((c) => `${locale.percent(c.score)} ${STATUS_SYMBOLS[c.status]}`),
    );
    const drafts = await council.inject({
      method: 'GET',
      url: `/api/compare?plan=${PLAN}&include=unapproved&format=pptx`,
    });
    expect(drafts.statusCode).toBe(403);
    expect(drafts.headers['content-type']).toContain('application/problem+json');
  });

  it('answers problems, not decks, for a bad plan or period', async () => {
    expect((await get('/api/compare?plan=NOPE&format=pptx')).statusCode).toBe(404);
    expect((await get(`/api/compare?plan=${PLAN}&period=2031-Q1&format=pptx`)).statusCode).toBe(422);
    expect((await get(`/api/compare?plan=${PLAN}&format=docx`)).statusCode).toBe(400);
  });

  it('writes a gap rounded to nothing as 0, not -0 (export-texts)', () => {
    for (const language of ['en', 'ar'] as const) {
      const locale = exportLocale(language);
      expect(locale.figure(-0.3, 'count')).toBe('0');
      expect(locale.number(-0.001)).toBe('0');
      expect(locale.percent(-0.00001)).toMatch(/^\D*0\D*$/);
      expect(locale.figure(-14, 'count')).toContain('-14');
    }
  });
});
