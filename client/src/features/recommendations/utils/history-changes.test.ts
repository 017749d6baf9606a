import type { RecommendationStatus } from '@rbm/shared/schemas';
import { describe, expect, it } from 'vitest';
import { historyChanges } from './history-changes.ts';

const state = (over: Partial<RecommendationStatus>): RecommendationStatus => ({
  acceptance: 'accepted',
  implementation: 'not_started',
  targetDate: '2027-06-30',
  evidence: [],
  note: null,
  state: 'confirmed',
  overdue: false,
  proposedBy: 'Pat',
  proposedAt: '2026-01-01T00:00:00Z',
  confirmedBy: 'Rev',
  confirmedAt: '2026-01-02T00:00:00Z',
  ...over,
});

describe('what each state of a recommendation changed', () => {
  it('names the fields set first, then only those that differ from the state before', () => {
    const changes = historyChanges([
      state({}),
      state({ implementation: 'in_progress' }),
      state({ implementation: 'in_progress', evidence: ['https://example.org/a'], note: 'plan agreed' }),
      state({ implementation: 'in_progress', evidence: ['https://example.org/a'], note: 'plan agreed' }),
    ]);
    expect(changes.map((c) => c.changed)).toEqual([
      ['acceptance', 'implementation', 'targetDate'],
      ['implementation'],
      ['evidence', 'note'],
      [],
    ]);
  });
});
