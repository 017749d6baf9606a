// The workbook and the deck in the reader's language, read back as the XML they are: Arabic right to left
// with Arabic headers and titles, status words rather than codes, the language in the file name, and a
// workbook ready to print (A4 landscape, one page wide, the header row on every page).
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES, STATUSES, type Language } from '@rbm/shared';
import type { AnnualReport } from '@rbm/shared/schemas';
import { buildTestApp, type TestContext } from '../../../test/build-test-app.ts';
import { EXPORT_TEXTS, exportLocale } from './export-texts/index.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await buildTestApp();
});
afterAll(async () => ctx.close());

const PLAN = 'SP-2024-2027';
const ARABIC = /[\u0600-\u06FF]/;
const download = (format: 'xlsx' | 'pptx', lang: Language) =>
  ctx.app.inject({
    method: 'GET',
    url: `/api/reports/annual/2025?plan=${PLAN}&format=${format}&lang=${lang}`,
  });

/** Every file of the zip whose name matches, in numeric order, as text. */
async function parts(body: Buffer, pattern: RegExp): Promise<string[]> {
  const zip = await JSZip.loadAsync(body);
  const number = (name: string) => Number(/(\d+)\.xml$/.exec(name)?.[1] ?? 0);
  const names = Object.keys(zip.files)
    .filter((name) => pattern.test(name))
    .sort((a, b) => number(a) - number(b));
  return Promise.all(names.map((name) => zip.file(name)?.async('string') ?? ''));
}

const decode = (text: string) =>
  text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&amp;', '&');
const runs = (xml: string, tag: string) =>
  [...xml.matchAll(new RegExp(`<${tag}[^>]*>([^<]*)</${tag}>`, 'g'))].map((m) => decode(m[1] ?? ''));
/** The internal words that must never reach a reader. */
const CODES = [...STATUSES, 'approved', 'unapproved', 'submitted'];

describe('the export texts', () => {
  it('exist in all six languages, none empty, and the Arabic ones are Arabic', () => {
    const keys = Object.keys(EXPORT_TEXTS.en).sort();
    for (const language of LANGUAGES) {
      expect(Object.keys(EXPORT_TEXTS[language]).sort(), language).toEqual(keys);
      for (const [key, value] of Object.entries(EXPORT_TEXTS[language]))
        expect(value.trim(), key).not.toBe('');
    }
    const notArabic = Object.entries(EXPORT_TEXTS.ar).filter(([, v]) => !ARABIC.test(v));
    expect(notArabic).toEqual([['unitPercent', '%']]);
  });

  it('writes quarters, dates and figures the language’s way', () => {
    expect(exportLocale('en').period('2026-Q3')).toBe('Q3 2026');
    expect(exportLocale('fr').period('2026-Q3')).toBe('T3 2026');
    expect(exportLocale('zh').period('2026-Q3')).toBe('2026年第3季度');
    expect(exportLocale('ar').period('2026-Q3')).toBe('الربع 3 من 2026');
    expect(exportLocale('fr').date('2026-11-23')).toBe('23 novembre 2026');
    expect(exportLocale('fr').figure(51750, 'count')).toBe('51\u202f750');
    expect(exportLocale('en').figure(71.25, 'percent')).toBe('71.3%');
    expect(exportLocale('ar').statusLabel('at_risk')).toBe('▲ معرض للخطر');
  });
});

describe('the Arabic workbook', () => {
  it('is named for its language, right to left, with Arabic sheets, headers and status words', async () => {
    const [ar, en] = [await download('xlsx', 'ar'), await download('xlsx', 'en')];
    expect(ar.headers['content-disposition']).toBe(
      'attachment; filename="annual-report-SP-2024-2027-2025-ar.xlsx"',
    );
    expect(en.headers['content-disposition']).toBe(
      'attachment; filename="annual-report-SP-2024-2027-2025-en.xlsx"',
    );

    const sheets = await parts(ar.rawPayload, /^xl\/worksheets\/sheet\d+\.xml$/);
    expect(sheets.length).toBe(12);
    for (const sheet of sheets) expect(sheet).toMatch(/<sheetView [^>]*rightToLeft="1"/);
    const [workbook = ''] = await parts(ar.rawPayload, /^xl\/workbook\.xml$/);
    const names = [...workbook.matchAll(/<sheet [^>]*name="([^"]*)"/g)].map((m) => m[1] ?? '');
    expect(names).toEqual([
      'ملخص',
      'الغايات',
      'القطاعات',
      'الأولويات',
      'خارج المسار',
      'المؤشرات المتحققة',
      'الإنجازات',
      'خريطة المخاطر',
      'أهم المخاطر',
      'التوصيات',
      'التوصيات المتأخرة',
      'الالتزامات',
    ]);

    const [shared = ''] = await parts(ar.rawPayload, /^xl\/sharedStrings\.xml$/);
    const strings = runs(shared, 't');
    // The Goals sheet's header row: every cell an Arabic word (or a status symbol and its Arabic word).
    const goals = sheets[1] ?? '';
    const header = /<row r="1"[^>]*>([\s\S]*?)<\/row>/.exec(goals)?.[1] ?? '';
    const headerTexts = [...header.matchAll(/<v>(\d+)<\/v>/g)].map((m) => strings[Number(m[1])] ?? '');
    expect(headerTexts.slice(0, 4)).toEqual(['الرمز', 'الاسم', 'الحالة', 'النتيجة']);
    for (const text of headerTexts) expect(text).toMatch(ARABIC);
    for (const code of CODES) expect(strings).not.toContain(code);
    expect(strings).toContain('▲ معرض للخطر');
    expect(strings).toContain('الأرقام المعتمدة فقط');

    const [enSheet = ''] = await parts(en.rawPayload, /^xl\/worksheets\/sheet1\.xml$/);
    expect(enSheet).not.toContain('rightToLeft="1"');
  });

  it('prints on A4 landscape, one page wide, the header row repeated on every page', async () => {
    const body = (await download('xlsx', 'ar')).rawPayload;
    const sheets = await parts(body, /^xl\/worksheets\/sheet\d+\.xml$/);
    for (const sheet of sheets) {
      expect(sheet).toContain('<pageSetUpPr fitToPage="1"/>');
      expect(sheet).toMatch(
        /<pageSetup [^>]*paperSize="9"[^>]*orientation="landscape"[^>]*fitToWidth="1" fitToHeight="0"/,
      );
      expect(sheet).toMatch(/<oddFooter>[^<]*الصفحة &amp;P من &amp;N<\/oddFooter>/);
    }
    const [workbook = ''] = await parts(body, /^xl\/workbook\.xml$/);
    const titles = [
      ...workbook.matchAll(/<definedName name="_xlnm\.Print_Titles" localSheetId="(\d+)">[^<]*!\$1:\$1</g),
    ];
    expect(titles.map((m) => m[1])).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11']);
  });
});

describe('the Arabic deck', () => {
  it('is named for its language and reads right to left, with Arabic titles and status words', async () => {
    const json = (
      await ctx.app.inject({ method: 'GET', url: `/api/reports/annual/2025?plan=${PLAN}&lang=ar` })
    ).json<AnnualReport>();
    const res = await download('pptx', 'ar');
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="annual-report-SP-2024-2027-2025-ar.pptx"',
    );
    const [presentation = ''] = await parts(res.rawPayload, /^ppt\/presentation\.xml$/);
    expect(presentation).toMatch(/<p:presentation [^>]*rtl="1"/);

    const slides = await parts(res.rawPayload, /^ppt\/slides\/slide\d+\.xml$/);
    for (const slide of slides) {
      // Every paragraph is right to left and right-aligned; every text run is tagged Arabic.
      const paragraphs = [...slide.matchAll(/<a:pPr[^>]*>/g)].map((m) => m[0]);
      expect(paragraphs.length).toBeGreaterThan(0);
      for (const p of paragraphs) expect(p).toMatch(/rtl="1"[^>]*algn="r"/);
      expect(slide).not.toContain('lang="en-US"');
      const [title = ''] = runs(slide, 'a:t');
      expect(title).toMatch(ARABIC);
      for (const code of CODES) expect(runs(slide, 'a:t')).not.toContain(code);
    }
    const titles = slides.map((slide) => runs(slide, 'a:t')[0]);
    expect(titles[0]).toBe('تقرير التنفيذ السنوي 2025');
    // English framework names are isolated inside the Arabic line (U+2068 ... U+2069).
    expect(titles[1]).toBe(`الغاية ${json.goals[0]?.code}: \u2068${json.goals[0]?.name.text}\u2069`);
    expect(titles.at(-1)).toBe('المؤشرات التي بلغت مستهدفها في 2025');
    // The off-track table's header, in reading order from the right: KPI, name, priority, actual, expected, target.
    const offTrack = slides.find((s) => runs(s, 'a:t')[0]?.startsWith('المؤشرات الخارجة عن المسار')) ?? '';
    const header = runs(offTrack, 'a:t').slice(1, 9).reverse();
    expect(header).toEqual([
      'المؤشر',
      'الاسم',
      'الأولوية المواضيعية',
      'الفعلي',
      'المتوقع',
      'مستهدف 2025',
      'النسبة',
      'ما كتبه المراجعون',
    ]);

    const charts = await parts(res.rawPayload, /^ppt\/charts\/chart\d+\.xml$/);
    const labels = charts.flatMap((chart) => runs(chart, 'c:v'));
    expect(labels).toContain('▲ معرض للخطر');
    for (const code of CODES) expect(labels).not.toContain(code);
  });
});
