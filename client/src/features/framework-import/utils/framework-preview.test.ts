import { describe, expect, it } from 'vitest';
import {
  changesByLevel,
  confirmState,
  problemSheet,
  sortedProblems,
  type PreviewItem,
  type PreviewProblem,
} from './framework-preview.ts';

const item = (level: PreviewItem['level'], code: string, change: PreviewItem['change']): PreviewItem => ({
  level,
  code,
  change,
  fields: [],
  values: [],
});

const problem = (
  level: PreviewProblem['level'],
  row: number | null,
  column: string | null,
): PreviewProblem => ({
  level,
  code: null,
  row,
  column,
  reason: 'invalid_value',
  message: '',
});

describe('changesByLevel', () => {
  it('groups items in the framework order, new before changed before retired, codes in natural order', () => {
    const groups = changesByLevel([
      item('kpis', 'K10', 'new'),
      item('kpis', 'K2', 'retired'),
      item('goals', 'G1', 'changed'),
      item('kpis', 'K9', 'new'),
      item('kpis', 'K1', 'changed'),
      item('outcomes', 'O1', 'unchanged'),
    ]);
    expect(groups.map((g) => g.level)).toEqual(['goals', 'kpis']);
    expect(groups[1]?.items.map((i) => i.code)).toEqual(['K9', 'K10', 'K1', 'K2']);
    expect(groups[1]?.counts).toEqual({ new: 2, changed: 1, retired: 1 });
  });

  it('has no group for a file that changes nothing', () => {
    expect(changesByLevel([item('goals', 'G1', 'unchanged')])).toEqual([]);
  });
});

describe('confirmState', () => {
  const counts = { new: 0, changed: 0, retired: 0, unchanged: 40, bad: 0 };
  it('blocks the confirmation while any row is bad, even when items would be written', () => {
    expect(confirmState({ plan: 'P', counts: { ...counts, new: 3, bad: 1 } })).toBe('bad_rows');
    expect(confirmState({ plan: null, counts })).toBe('bad_rows');
  });
  it('has nothing to import when the file matches the stored framework', () => {
    expect(confirmState({ plan: 'P', counts })).toBe('nothing_to_import');
  });
  it('is ready when an item is new, changed or retired', () => {
    expect(confirmState({ plan: 'P', counts: { ...counts, retired: 1 } })).toBe('ready');
    expect(confirmState({ plan: 'P', counts: { ...counts, changed: 1 } })).toBe('ready');
  });
});

describe('problemSheet', () => {
  it("names the workbook's sheet for XLSX and the document's array for JSON", () => {
    expect(problemSheet(problem('kpis', 3, 'code'), 'xlsx')).toBe('KPIs');
    expect(problemSheet(problem('translations', 3, 'text'), 'xlsx')).toBe('Translations');
    expect(problemSheet(problem('kpis', 3, 'code'), 'json')).toBe('kpis');
    expect(problemSheet(problem('file', null, null), 'xlsx')).toBeNull();
  });
});

describe('sortedProblems', () => {
  it('lists the whole file first, then sheet by sheet in the framework order, row by row', () => {
    const sorted = sortedProblems([
      problem('translations', 2, 'text'),
      problem('kpis', 5, 'code'),
      problem('goals', 4, 'code'),
      problem('kpis', 3, 'priority'),
      problem('file', null, null),
    ]);
    expect(sorted.map((p) => `${p.level}:${p.row ?? ''}`)).toEqual([
      'file:',
      'goals:4',
      'kpis:3',
      'kpis:5',
      'translations:2',
    ]);
  });
});
