import { describe, expect, it } from 'vitest';
import { STATUSES } from '../domain.ts';
import { officeColor, STATUS_COLORS, STATUS_ORDER, STATUS_SYMBOLS } from './status-style.ts';

describe('status style', () => {
  it('gives every status a colour, a distinct symbol and a place in the legend', () => {
    expect([...STATUS_ORDER].sort()).toEqual([...STATUSES].sort());
    expect(new Set(STATUSES.map((s) => STATUS_SYMBOLS[s])).size).toBe(STATUSES.length);
    for (const s of STATUSES) expect(STATUS_COLORS[s]).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('writes the same colours for Office files, without the #', () => {
    expect(officeColor('at_risk')).toBe('9A4D00');
    for (const s of STATUSES) expect(`#${officeColor(s).toLowerCase()}`).toBe(STATUS_COLORS[s]);
  });
});
