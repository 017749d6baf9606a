import { describe, expect, it } from 'vitest';
import { liveNumber, refusedCells, saveSummary } from './save-summary.ts';

describe('saveSummary', () => {
  it('never says saved while cells are refused, and counts them', () => {
    expect(saveSummary(['saved', 'saved', 'invalid'], 3)).toEqual({ kind: 'refused', cells: 3 });
    expect(saveSummary(['saved', 'saving'], 1)).toEqual({ kind: 'refused', cells: 1 });
    expect(saveSummary([], 1)).toEqual({ kind: 'refused', cells: 1 });
  });

  it('puts a failed save first (it offers a retry), then saves on the way, then saved or idle', () => {
    expect(saveSummary(['saved', 'conflict'], 2)).toEqual({ kind: 'failed' });
    expect(saveSummary(['saved', 'pending'], 0)).toEqual({ kind: 'saving' });
    expect(saveSummary(['saved'], 0)).toEqual({ kind: 'saved' });
    expect(saveSummary([], 0)).toEqual({ kind: 'idle' });
  });
});

describe('refusedCells', () => {
  it('counts each refused cell once, from the checks and from the server', () => {
    const checks = new Map([
      ['1|', { errors: { value: 'not_a_number', note: 'too_long' } }],
      ['2|', { errors: {} }],
      ['3|AFR', { errors: { value: 'negative' } }],
    ]);
    expect(refusedCells(checks, { '1||value': 'not_finite', '2||evidence': 'url_invalid' })).toBe(4);
  });
});

describe('liveNumber', () => {
  it('rates the typed number only when its record passes the checks, else the saved figure', () => {
    expect(liveNumber({ errors: {}, number: 70 }, 45)).toBe(70);
    expect(liveNumber({ errors: { value: 'negative' }, number: -5 }, 45)).toBe(45);
    expect(liveNumber({ errors: { value: 'not_a_number' }, number: null }, null)).toBeNull();
  });
});
