import { describe, expect, it } from 'vitest';
import { parseClipboardBlock, pasteTargets } from './paste.ts';

describe('parseClipboardBlock', () => {
  it('splits Excel rows and cells', () => {
    expect(parseClipboardBlock('1\t2\r\n3\t4\r\n')).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(parseClipboardBlock('12,5')).toEqual([['12,5']]);
  });

  it('keeps quoted cells with tabs, line breaks and quotes', () => {
    expect(parseClipboardBlock('"a\tb"\t"say ""hi"""\n"two\nlines"\t5')).toEqual([
      ['a\tb', 'say "hi"'],
      ['two\nlines', '5'],
    ]);
  });

  it('keeps empty cells', () => {
    expect(parseClipboardBlock('1\t\t3')).toEqual([['1', '', '3']]);
  });
});

describe('pasteTargets', () => {
  const editable = new Set(['0:1', '1:1', '1:2', '2:1']);
  const cellAt = (row: number, col: number) => (editable.has(`${row}:${col}`) ? `${row}:${col}` : null);

  it('fills the cells the block covers from the focused cell, skipping read-only ones', () => {
    expect(pasteTargets([['10', '11'], ['20', '21'], ['30']], { row: 0, col: 1 }, cellAt)).toEqual([
      { cell: '0:1', text: '10' },
      { cell: '1:1', text: '20' },
      { cell: '1:2', text: '21' },
      { cell: '2:1', text: '30' },
    ]);
  });

  it('skips what falls outside the grid', () => {
    expect(pasteTargets([['1'], ['2'], ['3'], ['4']], { row: 1, col: 1 }, cellAt)).toEqual([
      { cell: '1:1', text: '1' },
      { cell: '2:1', text: '2' },
    ]);
  });
});
