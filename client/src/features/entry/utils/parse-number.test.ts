import { describe, expect, it } from 'vitest';
import { editableNumber, parseNumber } from './parse-number.ts';

describe('parseNumber', () => {
  it('reads grouping and decimals per language', () => {
    expect(parseNumber('1 234,5', 'fr')).toBe(1234.5);
    expect(parseNumber('1\u202f234,5', 'fr')).toBe(1234.5);
    expect(parseNumber('1,234.5', 'en')).toBe(1234.5);
    expect(parseNumber('1.234,5', 'es')).toBe(1234.5);
    expect(parseNumber('1 234,5', 'ru')).toBe(1234.5);
    expect(parseNumber('1,234.5', 'zh')).toBe(1234.5);
  });

  it('takes a point as a decimal mark everywhere and a lone comma as one in English', () => {
    expect(parseNumber('12.5', 'fr')).toBe(12.5);
    expect(parseNumber('12,5', 'en')).toBe(12.5);
    expect(parseNumber('12,500', 'en')).toBe(12500);
    expect(parseNumber('1,234,567', 'en')).toBe(1234567);
  });

  it('reads Arabic-Indic digits and separators', () => {
    expect(parseNumber('١٢٣٫٥', 'ar')).toBe(123.5);
    expect(parseNumber('١٬٢٣٤', 'ar')).toBe(1234);
    expect(parseNumber('45', 'ar')).toBe(45);
  });

  it('accepts signs, a trailing percent sign and exponents', () => {
    expect(parseNumber('-3', 'en')).toBe(-3);
    expect(parseNumber('\u22123,5', 'fr')).toBe(-3.5);
    expect(parseNumber('45 %', 'fr')).toBe(45);
    expect(parseNumber('1e3', 'en')).toBe(1000);
  });

  it('gives null for empty text and for words', () => {
    expect(parseNumber('', 'en')).toBeNull();
    expect(parseNumber('   ', 'fr')).toBeNull();
    expect(parseNumber('abc', 'en')).toBeNull();
    expect(parseNumber('12abc', 'en')).toBeNull();
    expect(parseNumber('1.2.3', 'en')).toBeNull();
  });
});

describe('editableNumber', () => {
  it('writes the language decimal mark without grouping', () => {
    expect(editableNumber(1234.5, 'fr')).toBe('1234,5');
    expect(editableNumber(1234.5, 'en')).toBe('1234.5');
    expect(editableNumber(null, 'en')).toBe('');
  });
});

describe('parseNumber with a point as group mark', () => {
  it('reads 1.234 as a thousand in Spanish but 12.5 as a decimal', () => {
    expect(parseNumber('1.234', 'es')).toBe(1234);
    expect(parseNumber('12.5', 'es')).toBe(12.5);
  });
});
