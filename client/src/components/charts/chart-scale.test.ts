import { describe, expect, it } from 'vitest';
import { niceStep, sharedDomain, valueDomain } from './chart-scale.ts';

describe('niceStep', () => {
  it('picks 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(niceStep(100)).toBe(20);
    expect(niceStep(9)).toBe(2);
    expect(niceStep(0.12)).toBe(0.025);
    expect(niceStep(47)).toBe(10);
  });
  it('falls back to 1 for an empty or broken span', () => {
    expect(niceStep(0)).toBe(1);
    expect(niceStep(Number.NaN)).toBe(1);
    expect(niceStep(Number.POSITIVE_INFINITY)).toBe(1);
  });
});

describe('valueDomain', () => {
  it('starts at zero for positive values and rounds the top up', () => {
    expect(valueDomain([51.2, 74, 100])).toEqual([0, 100]);
    expect(valueDomain([51.2, 74])).toEqual([0, 80]);
  });
  it('can follow the values instead of starting at zero', () => {
    expect(valueDomain([0.9, 0.94, 0.98], { fromZero: false })).toEqual([0.9, 0.98]);
  });
  it('keeps within hard bounds', () => {
    expect(valueDomain([12, 99], { ceiling: 100 })).toEqual([0, 100]);
    expect(valueDomain([-5, 30], { floor: 0 })).toEqual([0, 30]);
  });
  it('ignores nulls and non-finite values, and opens a flat series', () => {
    expect(valueDomain([null, undefined, Number.NaN, 5])).toEqual([0, 5]);
    expect(valueDomain([5, 5], { fromZero: false })).toEqual([4.4, 5.6]);
    expect(valueDomain([0, 0])).toEqual([-1, 1]);
  });
  it('holds negative values', () => {
    expect(valueDomain([-3, 7])).toEqual([-4, 8]);
  });
  it('is [0, 1] with nothing to show', () => {
    expect(valueDomain([])).toEqual([0, 1]);
  });
});

describe('sharedDomain', () => {
  it('gives every small multiple the same scale', () => {
    expect(sharedDomain([[24, 38], [79.6, 91], []])).toEqual([0, 100]);
  });
});
