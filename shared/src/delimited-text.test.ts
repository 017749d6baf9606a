import { describe, expect, it } from 'vitest';
import { guessSeparator, parseDelimited } from './delimited-text.ts';

describe('parseDelimited', () => {
  it('reads a block copied from Excel: tabs, CRLF, a last line break', () => {
    expect(parseDelimited('12\t 13 \r\n14\t15\r\n', '\t')).toEqual([
      ['12', '13'],
      ['14', '15'],
    ]);
  });

  it('keeps separators, line breaks and doubled quotes inside a quoted cell', () => {
    expect(parseDelimited('"a\tb";"say ""hi""\r\nthere"\n2;3', ';')).toEqual([
      ['a\tb', 'say "hi"\nthere'],
      ['2', '3'],
    ]);
  });

  it('keeps empty cells and empty lines, drops a byte-order mark, reads a lone CR as a line break', () => {
    expect(parseDelimited('\uFEFFa,,c\r\rd', ',')).toEqual([['a', '', 'c'], [''], ['d']]);
  });

  it('reads nothing from empty text', () => {
    expect(parseDelimited('', ',')).toEqual([]);
  });
});

describe('guessSeparator', () => {
  it('takes the separator that splits the header line most, a comma on a tie', () => {
    expect(guessSeparator('kpi;period;value')).toBe(';');
    expect(guessSeparator('kpi\tperiod\tvalue,note')).toBe('\t');
    expect(guessSeparator('kpi')).toBe(',');
  });
});
