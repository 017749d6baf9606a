import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, json } from '../../../test/fake-api.ts';
import { renderWithProviders } from '../../../test/render.tsx';
import { LanguageCompleteness } from './LanguageCompleteness.tsx';

describe('LanguageCompleteness', () => {
  it('gives each language as "translated of total, confirmed", and says how many are missing', async () => {
    fakeApi({
      'GET /api/translations/summary': () =>
        json(200, {
          plan: 'SP-2024-2027',
          languages: [
            { language: 'ar', total: 141, translated: 141, confirmed: 0 },
            { language: 'zh', total: 141, translated: 138, confirmed: 12 },
          ],
        }),
    });
    renderWithProviders(<LanguageCompleteness />);
    expect(await screen.findByText('Arabic: 141 of 141 translated, 0 confirmed')).toBeInTheDocument();
    const chinese = screen.getByText(/^Chinese:/).closest('li');
    expect(chinese).toHaveTextContent('Chinese: 138 of 141 translated, 12 confirmed (3 missing)');
  });
});
