import { describe, expect, it } from 'vitest';
import { cellNumber, parsePastedCells, pasteInto, planYears, rowTargets } from './targets-grid.ts';

describe('the annual-targets grid', () => {
  it("lists the plan's years", () => {
    expect(planYears(2028, 2031)).toEqual([2028, 2029, 2030, 2031]);
  });

  it('reads cells copied from a spreadsheet, by line and tab, without the trailing line break', () => {
    expect(parsePastedCells('1\t2\t3\r\n4\t\t6\r\n')).toEqual([
      ['1', '2', '3'],
      ['4', '', '6'],
    ]);
    expect(parsePastedCells('10 20; 30')).toEqual([['10', '20', '30']]);
  });

  it('lays a pasted block from the cell it lands on, dropping what falls outside', () => {
    const grid = [
      ['', '', ''],
      ['', '', ''],
    ];
    expect(pasteInto(grid, { row: 1, column: 1 }, [['7', '8', '9'], ['x']])).toEqual([
      ['', '', ''],
      ['', '7', '8'],
    ]);
    expect(grid[1]).toEqual(['', '', '']);
  });

  it('turns texts into targets: decimal commas, percent signs and blanks, a bad number kept to be refused', () => {
    expect(cellNumber('1 234,5')).toBe(1234.5);
    expect(cellNumber('45%')).toBe(45);
    expect(cellNumber(' ')).toBeNull();
    expect(rowTargets([2028, 2029, 2030], ['1', '', 'abc'])).toEqual([
      { year: 2028, value: 1 },
      { year: 2030, value: NaN },
    ]);
  });
});
