import { describe, expect, it } from 'vitest';
import { fieldChanges } from './history-change.ts';

const number = (n: number) => `#${n}`;

describe('fieldChanges', () => {
  it('lists the shown fields that changed, numbers formatted', () => {
    expect(
      fieldChanges(
        { value: 1, state: 'draft', version: 1 },
        { value: 2, state: 'draft', version: 2 },
        number,
      ),
    ).toEqual([{ field: 'value', before: '#1', after: '#2' }]);
  });
  it('shows a creation and a removal against a dash', () => {
    expect(fieldChanges(null, { value: 3, note: 'x' }, number)).toEqual([
      { field: 'value', before: '–', after: '#3' },
      { field: 'note', before: '–', after: 'x' },
    ]);
    expect(fieldChanges({ status: 'submitted' }, { status: 'approved' }, number)).toEqual([
      { field: 'status', before: 'submitted', after: 'approved' },
    ]);
  });
  it('ignores snapshots that are not objects and writes other values as JSON', () => {
    expect(fieldChanges('text', 42, number)).toEqual([]);
    expect(fieldChanges({}, { name: { en: 'A' } }, number)).toEqual([
      { field: 'name', before: '–', after: '{"en":"A"}' },
    ]);
    expect(fieldChanges({}, { state: true }, number)).toEqual([
      { field: 'state', before: '–', after: 'true' },
    ]);
  });
});
