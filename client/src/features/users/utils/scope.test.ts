import { describe, expect, it } from 'vitest';
import { framework } from '../../../test/fixtures.ts';
import { normalizeScope, scopeApplies, unknownScopeCodes, withCode } from './scope.ts';

describe('scope', () => {
  it('applies to planners and reviewers only', () => {
    expect(['admin', 'planner', 'reviewer', 'viewer'].filter((r) => scopeApplies(r as never))).toEqual([
      'planner',
      'reviewer',
    ]);
  });

  it('drops priorities a whole Sector already covers, keeps unknown codes, sorts and dedupes', () => {
    expect(
      normalizeScope(
        { sectors: ['ITU-D', 'ITU-D'], priorities: ['KAP-2', 'OTHER-9', 'KAP-1'] },
        framework.sectors,
      ),
    ).toEqual({ sectors: ['ITU-D'], priorities: ['OTHER-9'] });
    expect(
      normalizeScope({ sectors: [], priorities: ['KAP-2', 'KAP-1', 'KAP-2'] }, framework.sectors),
    ).toEqual({
      sectors: [],
      priorities: ['KAP-1', 'KAP-2'],
    });
  });

  it('tells codes the framework does not have', () => {
    expect(
      unknownScopeCodes({ sectors: ['ITU-R'], priorities: ['KAP-1', 'X-1'] }, framework.sectors),
    ).toEqual({
      sectors: ['ITU-R'],
      priorities: ['X-1'],
    });
  });

  it('adds or removes one code', () => {
    expect(withCode(['A'], 'B', true)).toEqual(['A', 'B']);
    expect(withCode(['A', 'B'], 'A', false)).toEqual(['B']);
    expect(withCode(['A'], 'A', true)).toEqual(['A']);
  });
});
