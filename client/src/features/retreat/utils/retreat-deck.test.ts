import { describe, expect, it } from 'vitest';
import { retreatDeckUrl } from './retreat-deck.ts';

describe('retreatDeckUrl', () => {
  it('asks the comparison for the deck of the period on screen, in the language of the screen', () => {
    expect(retreatDeckUrl('SP-2024-2027', '2026-Q2', 'ar')).toBe(
      '/api/compare?plan=SP-2024-2027&period=2026-Q2&format=pptx&lang=ar',
    );
  });
});
