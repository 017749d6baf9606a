import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { columnName, sheetName, writeXlsx } from './xlsx-writer.ts';

const read = (bytes: Uint8Array) =>
  Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));

describe('writeXlsx', () => {
  const files = read(
    writeXlsx({
      title: 'Explorer',
      rightToLeft: true,
      sheets: [
        {
          name: 'KPIs: <all>',
          headerRow: 2,
          widths: [10, 40],
          rows: [
            ['Plan explorer'],
            ['Code', 'Status', 'Score'],
            ['D1-K1', 'على المسار & "ok"', { value: 0.74, percent: true, fill: '#ffe08a' }],
            ['D2-K1', null, 3],
          ],
        },
      ],
    }),
  );
  const sheet = files['xl/worksheets/sheet1.xml']!;

  it('writes text escaped, numbers as numbers, percentages with their format and fill', () => {
    expect(sheet).toContain('<t xml:space="preserve">على المسار &amp; &quot;ok&quot;</t>');
    expect(sheet).toMatch(/<c r="C3" s="3"><v>0.74<\/v><\/c>/);
    expect(sheet).toContain('<c r="C4"><v>3</v></c>');
    expect(files['xl/styles.xml']).toContain('<fgColor rgb="FFFFE08A"/>');
    expect(files['xl/styles.xml']).toMatch(/<cellXfs count="5">.*numFmtId="9" fontId="0" fillId="2"/);
  });
  it('makes the header row bold, frozen and repeated on every printed page', () => {
    expect(sheet).toMatch(/<c r="A2" s="1" t="inlineStr">/);
    expect(sheet).toContain('ySplit="2"');
    expect(files['xl/workbook.xml']).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="0">'KPIs  &lt;all&gt;'!$2:$2</definedName>`,
    );
  });
  it('sets right to left, A4 landscape fitted to the width', () => {
    expect(sheet).toContain('rightToLeft="1"');
    expect(sheet).toContain(
      '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>',
    );
    expect(sheet).toContain('<pageSetUpPr fitToPage="1"/>');
  });
});

describe('names', () => {
  it('letters columns past Z and trims sheet names', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
    expect(sheetName('a/b:c'.repeat(10))).toHaveLength(31);
    expect(sheetName('a/b:c')).toBe('a b c');
  });
});
