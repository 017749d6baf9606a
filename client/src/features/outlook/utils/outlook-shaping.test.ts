import { describe, expect, it } from 'vitest';
import type { Outlook } from '@rbm/shared/schemas';
import { verdictsBySector } from './outlook-shaping.ts';

const row = (sector: string, verdict: Outlook['rows'][number]['verdict']): Outlook['rows'][number] => ({
  code: `${sector}-${verdict}`,
  name: { text: 'x', language: 'en' },
  sector,
  priority: 'P',
  unit: 'number',
  direction: 'increase',
  targetYear: 2027,
  target: 1,
  forecast: null,
  gap: null,
  likelyYear: null,
  verdict,
});

describe('verdictsBySector', () => {
  it('counts each Sector’s KPIs by verdict, in the order the Sectors come', () => {
    const counted = verdictsBySector([
      row('B', 'away'),
      row('A', 'on_course'),
      row('B', 'away'),
      row('B', 'later'),
    ]);
    expect(counted.map((s) => s.sector)).toEqual(['B', 'A']);
    expect(counted[0]).toMatchObject({ total: 3, counts: { away: 2, later: 1, on_course: 0 } });
    expect(counted[1]?.counts.on_course).toBe(1);
  });
});
