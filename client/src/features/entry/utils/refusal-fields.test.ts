import { describe, expect, it } from 'vitest';
import { refusedFields } from './refusal-fields.ts';

const problem = (errors?: Array<{ field: string; code: string }>) => ({
  type: 'about:blank',
  title: 'Unprocessable',
  status: 422,
  detail: 'Refused',
  code: 'validation_failed',
  ...(errors ? { errors: errors.map((e) => ({ ...e, message: e.code })) } : {}),
});

describe('refusedFields', () => {
  it("puts each field's first error in its cell, and an unknown field's in the value cell", () => {
    expect(
      refusedFields(
        '7|',
        problem([
          { field: 'body.note', code: 'too_long' },
          { field: 'body.note', code: 'second' },
          { field: 'body.evidenceUrl', code: 'url_invalid' },
          { field: 'body.other', code: 'odd' },
        ]),
      ),
    ).toEqual({ '7||note': 'too_long', '7||evidence': 'url_invalid', '7||value': 'odd' });
  });

  it("refuses the value cell with the problem's code when no field is named", () => {
    expect(refusedFields('7|AFR', problem())).toEqual({ '7|AFR|value': 'validation_failed' });
  });
});
