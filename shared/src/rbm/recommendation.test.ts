import { describe, expect, it } from 'vitest';
import {
  isOpenOverTwoYears,
  isOverdue,
  ratesBy,
  recommendationRates,
  type RecommendationFacts,
} from './recommendation.ts';

const rec = (over: Partial<RecommendationFacts> = {}): RecommendationFacts => ({
  body: 'jiu',
  reportDate: '2025-03-01',
  acceptance: 'accepted',
  implementation: 'in_progress',
  targetDate: '2026-06-30',
  ...over,
});
const TODAY = '2026-11-23';

describe('recommendation rates', () => {
  it('keeps acceptance and implementation apart', () => {
    const rates = recommendationRates(
      [
        rec({ implementation: 'implemented' }),
        rec({ acceptance: 'partially_accepted', implementation: 'closed' }),
        rec({ acceptance: 'partially_accepted', implementation: 'no_longer_relevant' }),
        rec({ implementation: 'not_started' }),
        rec({ acceptance: 'not_accepted', implementation: 'not_started' }),
        rec({ acceptance: 'under_consideration', implementation: 'not_started' }),
      ],
      TODAY,
    );
    // 4 accepted of 5 decided; 2 done of the 3 accepted and still relevant
    expect(rates).toMatchObject({ total: 6, decided: 5, accepted: 4, implemented: 2 });
    expect(rates.acceptanceRate).toBe(80);
    expect(rates.implementationRate).toBe(66.7);
    // open: the accepted not started one and the one under consideration
    expect(rates.open).toBe(2);
  });

  it('answers null rates when nothing is decided or accepted', () => {
    const rates = recommendationRates([rec({ acceptance: 'under_consideration' })], TODAY);
    expect(rates.acceptanceRate).toBeNull();
    expect(rates.implementationRate).toBeNull();
  });

  it('counts overdue and open over two years on open recommendations only', () => {
    expect(isOverdue(rec({ targetDate: '2026-11-22' }), TODAY)).toBe(true);
    expect(isOverdue(rec({ targetDate: TODAY }), TODAY)).toBe(false);
    expect(isOverdue(rec({ targetDate: null }), TODAY)).toBe(false);
    expect(isOverdue(rec({ targetDate: '2020-01-01', implementation: 'implemented' }), TODAY)).toBe(false);
    expect(isOverdue(rec({ targetDate: '2020-01-01', acceptance: 'not_accepted' }), TODAY)).toBe(false);
    expect(isOpenOverTwoYears(rec({ reportDate: '2024-11-22' }), TODAY)).toBe(true);
    expect(isOpenOverTwoYears(rec({ reportDate: '2024-11-23' }), TODAY)).toBe(false);
    expect(isOpenOverTwoYears(rec({ reportDate: '2019-01-01', implementation: 'closed' }), TODAY)).toBe(
      false,
    );
    expect(isOpenOverTwoYears(rec({ reportDate: '2024-02-27' }), '2026-02-29')).toBe(true);
  });

  it('groups by a key in the order given, leaving out empty groups', () => {
    const items = [
      rec({ body: 'imac' }),
      rec({ body: 'jiu' }),
      rec({ body: 'jiu', implementation: 'closed' }),
    ];
    const groups = ratesBy(items, (r) => r.body, ['external_auditor', 'jiu', 'imac'], TODAY);
    expect(groups.map((g) => [g.key, g.rates.total, g.rates.implemented])).toEqual([
      ['jiu', 2, 1],
      ['imac', 1, 0],
    ]);
  });
});
