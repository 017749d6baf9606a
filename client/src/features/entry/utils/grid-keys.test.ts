import { describe, expect, it } from 'vitest';
import { editingAction, movePosition, navigationAction } from './grid-keys.ts';

const options = { rtl: false, editable: true, atFirst: false, atLast: false };

describe('navigationAction', () => {
  it('moves with the arrows, and mirrors left and right in RTL', () => {
    expect(navigationAction({ key: 'ArrowDown' }, options)).toEqual({
      type: 'move',
      move: { kind: 'by', rows: 1, cols: 0 },
    });
    expect(navigationAction({ key: 'ArrowRight' }, options)).toEqual({
      type: 'move',
      move: { kind: 'by', rows: 0, cols: 1 },
    });
    expect(navigationAction({ key: 'ArrowLeft' }, { ...options, rtl: true })).toEqual({
      type: 'move',
      move: { kind: 'by', rows: 0, cols: 1 },
    });
    expect(navigationAction({ key: 'ArrowRight' }, { ...options, rtl: true })).toEqual({
      type: 'move',
      move: { kind: 'by', rows: 0, cols: -1 },
    });
  });

  it('moves right with Tab and leaves the grid at its edges', () => {
    expect(navigationAction({ key: 'Tab' }, options)).toMatchObject({ type: 'move' });
    expect(navigationAction({ key: 'Tab' }, { ...options, atLast: true })).toEqual({ type: 'leave' });
    expect(navigationAction({ key: 'Tab', shiftKey: true }, { ...options, atFirst: true })).toEqual({
      type: 'leave',
    });
    expect(navigationAction({ key: 'Tab', shiftKey: true }, options)).toEqual({
      type: 'move',
      move: { kind: 'by', rows: 0, cols: -1 },
    });
  });

  it('starts editing with Enter, F2 or a typed character, only in editable cells', () => {
    expect(navigationAction({ key: 'Enter' }, options)).toEqual({ type: 'edit', initial: null });
    expect(navigationAction({ key: 'F2' }, options)).toEqual({ type: 'edit', initial: null });
    expect(navigationAction({ key: '7' }, options)).toEqual({ type: 'edit', initial: '7' });
    expect(navigationAction({ key: '7' }, { ...options, editable: false })).toBeNull();
    expect(navigationAction({ key: 'Enter' }, { ...options, editable: false })).toMatchObject({
      type: 'move',
    });
    expect(navigationAction({ key: 'Shift' }, options)).toBeNull();
  });

  it('undoes with Ctrl+Z or Cmd+Z, clears with Delete, jumps with Home, End and Ctrl', () => {
    expect(navigationAction({ key: 'z', ctrlKey: true }, options)).toEqual({ type: 'undo' });
    expect(navigationAction({ key: 'Z', metaKey: true }, options)).toEqual({ type: 'undo' });
    expect(navigationAction({ key: 'Delete' }, options)).toEqual({ type: 'clear' });
    expect(navigationAction({ key: 'Delete' }, { ...options, editable: false })).toBeNull();
    expect(navigationAction({ key: 'Escape' }, options)).toEqual({ type: 'revert' });
    expect(navigationAction({ key: 'Escape' }, { ...options, editable: false })).toBeNull();
    expect(navigationAction({ key: 'Home' }, options)).toEqual({ type: 'move', move: { kind: 'rowStart' } });
    expect(navigationAction({ key: 'End', ctrlKey: true }, options)).toEqual({
      type: 'move',
      move: { kind: 'gridEnd' },
    });
    expect(navigationAction({ key: 'c', ctrlKey: true }, options)).toBeNull();
  });
});

describe('editingAction', () => {
  it('commits with Enter (down), Shift+Enter (up), Tab (right), cancels with Escape', () => {
    expect(editingAction({ key: 'Enter' })).toEqual({
      type: 'commit',
      move: { kind: 'by', rows: 1, cols: 0 },
    });
    expect(editingAction({ key: 'Enter', shiftKey: true })).toEqual({
      type: 'commit',
      move: { kind: 'by', rows: -1, cols: 0 },
    });
    expect(editingAction({ key: 'Tab' })).toEqual({ type: 'commit', move: { kind: 'by', rows: 0, cols: 1 } });
    expect(editingAction({ key: 'Escape' })).toEqual({ type: 'cancel' });
    expect(editingAction({ key: 'ArrowLeft' })).toBeNull();
    expect(editingAction({ key: 'a' })).toBeNull();
  });
});

describe('movePosition', () => {
  it('stays inside the grid', () => {
    expect(movePosition({ row: 0, col: 0 }, { kind: 'by', rows: -1, cols: -1 }, 5, 4)).toEqual({
      row: 0,
      col: 0,
    });
    expect(movePosition({ row: 4, col: 3 }, { kind: 'by', rows: 10, cols: 1 }, 5, 4)).toEqual({
      row: 4,
      col: 3,
    });
    expect(movePosition({ row: 2, col: 2 }, { kind: 'rowStart' }, 5, 4)).toEqual({ row: 2, col: 0 });
    expect(movePosition({ row: 2, col: 2 }, { kind: 'rowEnd' }, 5, 4)).toEqual({ row: 2, col: 3 });
    expect(movePosition({ row: 2, col: 2 }, { kind: 'gridStart' }, 5, 4)).toEqual({ row: 0, col: 2 });
    expect(movePosition({ row: 2, col: 2 }, { kind: 'gridEnd' }, 5, 4)).toEqual({ row: 4, col: 2 });
  });
});
