import { describe, expect, it } from 'vitest';
import { defaultPlan } from './default-plan.ts';

describe('defaultPlan', () => {
  const plan = (code: string, status: string, startYear: number) => ({ code, status, startYear });

  it('opens the active plan with the latest start year, whatever the order', () => {
    const plans = [plan('A', 'active', 2024), plan('C', 'draft', 2032), plan('B', 'active', 2028)];
    expect(defaultPlan(plans)?.code).toBe('B');
  });

  it('never opens a draft while another plan exists, and an only draft otherwise', () => {
    expect(defaultPlan([plan('D', 'draft', 2028), plan('X', 'closed', 2020)])?.code).toBe('X');
    expect(defaultPlan([plan('D', 'draft', 2028)])?.code).toBe('D');
    expect(defaultPlan([])).toBeUndefined();
  });
});
