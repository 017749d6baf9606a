import { describe, expect, it } from 'vitest';
import { actionProblems, assessableQuarters, codesOf, emptyRiskDraft, riskBody } from './risk-form.ts';

describe('risk form', () => {
  it('reads link codes separated by commas, semicolons or spaces, each once', () => {
    expect(codesOf(' KAP-1, KAP-2;KAP-1  D1-K1 ')).toEqual(['KAP-1', 'KAP-2', 'D1-K1']);
    expect(codesOf('  ')).toEqual([]);
  });

  it('sends blank optional texts and due dates as null, the rest trimmed', () => {
    const body = riskBody({
      ...emptyRiskDraft('ITU-D'),
      code: ' RSK-X ',
      title: ' A risk ',
      description: '  ',
      kpis: 'D1-K1',
      actions: [{ description: ' Act ', owner: ' BDT ', dueDate: '', status: 'in_progress' }],
    });
    expect(body).toMatchObject({ code: 'RSK-X', title: 'A risk', description: null, focalPoint: null });
    expect(body.kpis).toEqual(['D1-K1']);
    expect(body.actions).toEqual([
      { description: 'Act', owner: 'BDT', dueDate: null, status: 'in_progress' },
    ]);
  });

  it('keys the problems of mitigation actions by index and field, the first one winning', () => {
    const problems = actionProblems([
      { field: 'body.actions.1.dueDate', code: 'invalid_date', message: 'a' },
      { field: 'body.actions.1.dueDate', code: 'other', message: 'b' },
      { field: 'body.code', code: 'x', message: 'c' },
    ]);
    expect(problems).toEqual({ '1.dueDate': { code: 'invalid_date', message: 'a' } });
  });

  it('offers the quarter under way and the seven before it, newest first', () => {
    const quarters = assessableQuarters(new Date('2026-11-23T09:00:00Z'));
    expect(quarters[0]).toBe('2026-Q4');
    expect(quarters[1]).toBe('2026-Q3');
    expect(quarters).toHaveLength(8);
  });
});
