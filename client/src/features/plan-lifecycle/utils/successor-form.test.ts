import { describe, expect, it } from 'vitest';
import { checkSuccessor, successorDraft } from './successor-form.ts';

const from = {
  code: 'SP-2024-2027',
  name: { text: 'Strategic Plan 2024-2027', language: 'en' as const },
  startYear: 2024,
  endYear: 2027,
  status: 'active' as const,
  thresholds: { onTrack: 0.9, atRisk: 0.6 },
  reportingDeadlineDays: 15,
};

describe('the successor form', () => {
  it('proposes the next four years and their code', () => {
    expect(successorDraft(from)).toEqual({
      code: 'SP-2028-2031',
      title: '',
      startYear: '2028',
      endYear: '2031',
    });
  });

  it('sends trimmed values as numbers', () => {
    const checked = checkSuccessor(
      { code: ' SP-2028-2031 ', title: ' Plan ', startYear: '2028', endYear: '2031' },
      from,
    );
    expect(checked).toEqual({
      ok: true,
      body: { code: 'SP-2028-2031', title: 'Plan', startYear: 2028, endYear: 2031 },
    });
  });

  it('names each field that is wrong, as the server would', () => {
    const checked = checkSuccessor({ code: 'SP 2028', title: ' ', startYear: '2027', endYear: '2026' }, from);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(Object.fromEntries(Object.entries(checked.problems).map(([f, p]) => [f, p.code]))).toEqual({
      code: 'pattern',
      title: 'required',
      startYear: 'years_overlap_source',
    });
    const reversed = checkSuccessor({ code: 'X', title: 'T', startYear: '2030', endYear: '2029' }, from);
    expect(reversed.ok ? null : reversed.problems.endYear?.code).toBe('years_reversed');
  });
});
