import { describe, expect, it } from 'vitest';
import { asDecisionDraft, decisionRequest, EMPTY_DRAFT, isDraftEmpty } from './decision-draft.ts';

const pending = ['D1-K1', 'D1-K2', 'D1-K3'];

describe('decisionRequest', () => {
  it('sends the comments on KPIs and the overall comment with an approval', () => {
    const draft = {
      comment: ' Fine ',
      kpis: { 'D1-K1': ' Check the baseline ', 'D1-K2': ' ' },
      returning: [],
    };
    expect(decisionRequest(draft, pending, 'approve')).toEqual({
      kind: 'approve',
      body: { comment: 'Fine', kpis: [{ code: 'D1-K1', comment: 'Check the baseline' }] },
    });
    expect(decisionRequest(EMPTY_DRAFT, pending, 'approve')).toEqual({ kind: 'approve', body: {} });
  });

  it('returns the KPIs marked and approves the others, each with its comment', () => {
    const draft = { comment: '', kpis: { 'D1-K2': 'Source?', 'D1-K3': 'Good' }, returning: ['D1-K2'] };
    expect(decisionRequest(draft, pending, 'return')).toEqual({
      kind: 'decide',
      returning: ['D1-K2'],
      body: {
        kpis: [
          { code: 'D1-K1', decision: 'approve' },
          { code: 'D1-K2', decision: 'return', comment: 'Source?' },
          { code: 'D1-K3', decision: 'approve', comment: 'Good' },
        ],
      },
    });
  });

  it('needs a comment for each KPI returned, or an overall one', () => {
    const draft = { comment: '', kpis: {}, returning: ['D1-K2'] };
    expect(decisionRequest(draft, pending, 'return')).toBeNull();
    expect(decisionRequest({ ...draft, comment: 'See the notes' }, pending, 'return')).toMatchObject({
      kind: 'decide',
      body: { comment: 'See the notes' },
    });
  });

  it('returns the whole quarter when no KPI is marked, and ignores marks on KPIs decided already', () => {
    const draft = { comment: 'Redo', kpis: {}, returning: ['D9-K9'] };
    expect(decisionRequest(draft, pending, 'return')).toEqual({ kind: 'return', body: { comment: 'Redo' } });
    expect(decisionRequest({ ...draft, comment: '' }, pending, 'return')).toBeNull();
  });
});

describe('stored drafts', () => {
  it('takes only a draft of the right shape', () => {
    expect(asDecisionDraft({ comment: 'a', kpis: { X: 'b' }, returning: ['X'] })).toEqual({
      comment: 'a',
      kpis: { X: 'b' },
      returning: ['X'],
    });
    expect(asDecisionDraft({ comment: 'a', kpis: { X: 1 }, returning: [] })).toBeNull();
    expect(asDecisionDraft('text')).toBeNull();
    expect(asDecisionDraft(null)).toBeNull();
  });

  it('knows an empty draft', () => {
    expect(isDraftEmpty(EMPTY_DRAFT)).toBe(true);
    expect(isDraftEmpty({ comment: ' ', kpis: { X: '' }, returning: [] })).toBe(true);
    expect(isDraftEmpty({ comment: '', kpis: { X: 'b' }, returning: [] })).toBe(false);
  });
});
