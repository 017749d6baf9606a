import { describe, expect, it } from 'vitest';
import { isQueueFilter, QUEUE_FILTERS, returnBody } from './review-queue.ts';

describe('returnBody', () => {
  it('needs a comment, overall or on a KPI', () => {
    expect(returnBody('  ', { 'D1-K1': ' ' })).toBeNull();
  });

  it('sends the overall comment alone when no KPI has one', () => {
    expect(returnBody(' Check the totals ', {})).toEqual({ comment: 'Check the totals' });
  });

  it('sends KPI comments, and makes the overall comment from them when none is written', () => {
    expect(returnBody('', { 'D1-K1': 'Source?', 'D1-K2': '', 'D1-K3': ' Too high ' })).toEqual({
      comment: 'D1-K1: Source?; D1-K3: Too high',
      kpis: [
        { code: 'D1-K1', comment: 'Source?' },
        { code: 'D1-K3', comment: 'Too high' },
      ],
    });
    expect(returnBody('See notes', { 'D1-K1': 'Source?' })).toEqual({
      comment: 'See notes',
      kpis: [{ code: 'D1-K1', comment: 'Source?' }],
    });
  });
});

describe('queue filters', () => {
  it('knows its filters and nothing else', () => {
    expect(isQueueFilter('submitted')).toBe(true);
    expect(isQueueFilter('toString')).toBe(false);
    expect(isQueueFilter(null)).toBe(false);
    expect(QUEUE_FILTERS.with_planners).toEqual(['open', 'returned']);
  });
});
