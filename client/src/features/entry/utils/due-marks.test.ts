import { describe, expect, it } from 'vitest';
import { dueMark } from './due-marks.ts';

const asOf = '2026-12-03T10:00:00Z';
const q3 = { dueDate: '2026-10-15', submittableFrom: '2026-10-01' };

describe('dueMark', () => {
  it('marks a quarter submitted after its due day as late by whole days', () => {
    expect(dueMark({ ...q3, submittedAt: '2026-12-03T09:00:00Z' }, asOf)).toEqual({
      kind: 'submittedLate',
      days: 49,
    });
  });

  it('says nothing of a quarter submitted on time, even if it was returned since', () => {
    expect(dueMark({ ...q3, submittedAt: '2026-10-15T20:00:00Z' }, asOf)).toBeNull();
  });

  it('counts the days an unsubmitted quarter is overdue at the server time', () => {
    expect(dueMark({ ...q3, submittedAt: null }, asOf)).toEqual({ kind: 'overdue', days: 49 });
    expect(dueMark({ ...q3, submittedAt: null }, '2026-10-15T23:00:00Z')).toBeNull();
  });

  it('says from when the quarter in progress can be submitted', () => {
    const q4 = { dueDate: '2027-01-15', submittableFrom: '2027-01-01', submittedAt: null };
    expect(dueMark(q4, asOf)).toEqual({ kind: 'inProgress', from: '2027-01-01' });
    expect(dueMark(q4, '2027-01-01T00:00:00Z')).toBeNull();
  });
});
