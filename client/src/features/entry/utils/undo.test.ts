import { describe, expect, it } from 'vitest';
import { popEdit, pushEdit, UNDO_LIMIT } from './undo.ts';

describe('undo stack', () => {
  it('restores the texts before the last edit, then the one before', () => {
    let stack = pushEdit([], [{ cell: 'a', before: '', after: '1' }]);
    stack = pushEdit(stack, [
      { cell: 'a', before: '1', after: '2' },
      { cell: 'b', before: 'x', after: 'y' },
    ]);
    const first = popEdit(stack);
    expect(first?.restore).toEqual([
      { cell: 'b', text: 'x' },
      { cell: 'a', text: '1' },
    ]);
    const second = popEdit(first?.stack ?? []);
    expect(second?.restore).toEqual([{ cell: 'a', text: '' }]);
    expect(popEdit(second?.stack ?? [])).toBeNull();
  });

  it('keeps no edit that changes nothing, and at most the limit', () => {
    expect(pushEdit([], [{ cell: 'a', before: '1', after: '1' }])).toEqual([]);
    let stack = pushEdit([], [{ cell: 'first', before: '', after: '0' }]);
    for (let i = 1; i <= UNDO_LIMIT; i++)
      stack = pushEdit(stack, [{ cell: 'a', before: `${i - 1}`, after: `${i}` }]);
    expect(stack).toHaveLength(UNDO_LIMIT);
    expect(stack[0]?.[0]?.cell).toBe('a');
  });
});
