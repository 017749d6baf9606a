import { describe, expect, it } from 'vitest';
import { commitmentStatusCounts, isCommitmentOpen, isCommitmentOverdue, quarterOfDay } from './commitment.ts';

describe('commitments', () => {
  it('counts only not started and in progress as open', () => {
    expect(isCommitmentOpen('not_started')).toBe(true);
    expect(isCommitmentOpen('in_progress')).toBe(true);
    expect(isCommitmentOpen('completed')).toBe(false);
    expect(isCommitmentOpen('closed')).toBe(false);
    expect(isCommitmentOpen('dropped')).toBe(false);
  });

  it('is overdue the day after its due date while open, never without a due date', () => {
    const c = { status: 'in_progress' as const, dueDate: '2026-06-30' };
    expect(isCommitmentOverdue(c, '2026-06-30')).toBe(false);
    expect(isCommitmentOverdue(c, '2026-07-01')).toBe(true);
    expect(isCommitmentOverdue({ ...c, status: 'closed' }, '2026-07-01')).toBe(false);
    expect(isCommitmentOverdue({ status: null, dueDate: '2026-06-30' }, '2026-07-01')).toBe(true);
    expect(isCommitmentOverdue({ status: 'not_started', dueDate: null }, '2099-01-01')).toBe(false);
  });

  it('counts every status in order, zeros included, and leaves out unknown ones', () => {
    expect(commitmentStatusCounts(['closed', 'in_progress', 'closed', null])).toEqual([
      { status: 'not_started', count: 0 },
      { status: 'in_progress', count: 1 },
      { status: 'completed', count: 0 },
      { status: 'closed', count: 2 },
      { status: 'dropped', count: 0 },
    ]);
  });

  it('names the quarter of a day', () => {
    expect(quarterOfDay('2026-01-01')).toBe('2026-Q1');
    expect(quarterOfDay('2026-03-31')).toBe('2026-Q1');
    expect(quarterOfDay('2026-04-01')).toBe('2026-Q2');
    expect(quarterOfDay('2026-11-23')).toBe('2026-Q4');
  });
});
