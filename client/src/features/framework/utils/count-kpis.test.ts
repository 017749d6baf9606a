import { describe, expect, it } from 'vitest';
import type { FrameworkKpi, FrameworkPriority } from '@rbm/shared/schemas';
import { countPriorityKpis } from './count-kpis.ts';

const kpi = (id: number): FrameworkKpi => ({
  id,
  code: `K${id}`,
  name: { text: `KPI ${id}`, language: 'en' },
  unit: 'count',
  direction: 'increase',
  aggregation: 'sum',
  frequency: 'quarterly',
  byRegion: false,
  ownerPriority: 'P',
  sourceStatus: 'demo',
  sourceUrl: null,
});

describe('countPriorityKpis', () => {
  it('counts a KPI linked to two outcomes of the priority once', () => {
    const priority: FrameworkPriority = {
      code: 'P',
      name: { text: 'P', language: 'en' },
      description: null,
      sourceStatus: 'verified',
      sourceUrl: null,
      outcomes: [
        {
          code: 'O1',
          name: { text: 'O1', language: 'en' },
          sourceStatus: 'demo',
          sourceUrl: null,
          kpis: [kpi(1), kpi(2)],
        },
        {
          code: 'O2',
          name: { text: 'O2', language: 'en' },
          sourceStatus: 'demo',
          sourceUrl: null,
          kpis: [kpi(2), kpi(3)],
        },
      ],
    };
    expect(countPriorityKpis(priority)).toBe(3);
  });
});
