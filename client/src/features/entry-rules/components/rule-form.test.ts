import { describe, expect, it } from 'vitest';
import { ruleBody, ruleTexts, typedNumber } from './rule-form.ts';

describe('value rule fields', () => {
  it('turn typed texts into the API body (share in percent, empty as no rule) and back', () => {
    const texts = {
      min: '0',
      max: '48',
      integer: 'yes' as const,
      maxChangeShare: '50',
      maxTargetMultiple: '2,5',
      regionsAddUp: '' as const,
    };
    const result = ruleBody(texts);
    expect(result).toEqual({
      body: {
        min: 0,
        max: 48,
        integer: true,
        maxChangeShare: 0.5,
        maxTargetMultiple: 2.5,
        regionsAddUp: null,
      },
    });
    if ('body' in result) expect(ruleTexts(result.body)).toEqual({ ...texts, maxTargetMultiple: '2.5' });
  });

  it('names the fields that are not numbers', () => {
    expect(typedNumber(' ')).toBeNull();
    expect(typedNumber('1e3')).toBeNaN();
    expect(
      ruleBody({
        min: 'abc',
        max: '',
        integer: 'no',
        maxChangeShare: '',
        maxTargetMultiple: 'x',
        regionsAddUp: 'no',
      }),
    ).toEqual({ invalid: ['min', 'maxTargetMultiple'] });
  });
});
