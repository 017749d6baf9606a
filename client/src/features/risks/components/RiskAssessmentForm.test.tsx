import type { RiskDetail } from '@rbm/shared/schemas';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLanguage } from '../../../lib/i18n.ts';
import { fakeApi, problem } from '../../../test/fake-api.ts';
import { renderWithProviders } from '../../../test/render.tsx';
import { RiskAssessmentForm } from './RiskAssessmentForm.tsx';

const risk: RiskDetail = {
  id: 7,
  code: 'RSK-X',
  title: 'A risk',
  category: 'financial',
  sector: { code: 'ITU-D', name: 'Development' },
  focalPoint: null,
  treatment: 'mitigate',
  priorities: ['KAP-1'],
  kpis: [],
  demo: false,
  latest: null,
  plan: 'SP',
  description: null,
  outcomes: [],
  actions: [],
  assessments: [],
  appetite: 9,
  version: 1,
  canEdit: true,
  canConfirm: false,
};

const refused = () =>
  problem(422, 'period_not_assessable', {
    errors: [{ field: 'params.period', code: 'period_not_assessable', message: 'no' }],
  });

// the quarters offered run up to the quarter under way: fix "today" (only the date; timers stay real)
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-23T09:00:00Z'));
});
afterEach(() => vi.useRealTimers());

describe('RiskAssessmentForm', () => {
  it('sends both ratings and shows the scores against the appetite', async () => {
    const api = fakeApi({ 'PUT /api/risks/7/assessments/2026-Q3': () => refused() });
    renderWithProviders(<RiskAssessmentForm risk={risk} onSaved={() => undefined} />);
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Quarter'), '2026-Q3');
    await user.selectOptions(document.getElementById('assess-residual-likelihood') as HTMLElement, '4');
    expect(screen.getByText(/Score 12 · ▲ above the appetite/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save the assessment' }));
    await waitFor(() => expect(api.calls).toHaveLength(1));
    expect(api.calls[0]?.body).toEqual({
      inherent: { likelihood: 3, impact: 3 },
      residual: { likelihood: 4, impact: 3 },
      note: null,
    });
  });

  it("shows the server's problem with the quarter next to it, focused, in the user's language", async () => {
    await setLanguage('fr');
    fakeApi({ 'PUT /api/risks/7/assessments/2026-Q3': () => refused() });
    renderWithProviders(<RiskAssessmentForm risk={risk} onSaved={() => undefined} />);
    const user = userEvent.setup();
    const quarter = screen.getByLabelText('Trimestre');
    await user.selectOptions(quarter, '2026-Q3');
    await user.click(screen.getByRole('button', { name: 'Enregistrer l’évaluation' }));
    await waitFor(() => expect(quarter).toHaveFocus());
    expect(quarter).toHaveAttribute('aria-invalid', 'true');
    expect(document.getElementById('assess-period-error')?.textContent).toBe(
      'Choisissez un trimestre du plan, jusqu’au trimestre en cours.',
    );
    await setLanguage('en');
  });
});
