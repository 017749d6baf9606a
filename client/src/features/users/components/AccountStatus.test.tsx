import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeApi, json } from '../../../test/fake-api.ts';
import { aUser } from '../../../test/fixtures.ts';
import { renderWithProviders } from '../../../test/render.tsx';
import { AccountStatus } from './AccountStatus.tsx';

describe('AccountStatus', () => {
  it('deactivates after confirming (never deletes)', async () => {
    const api = fakeApi({ 'PATCH /api/users/7': () => json(200, aUser({ active: false })) });
    renderWithProviders(<AccountStatus user={aUser()} isSelf={false} />);
    const user = userEvent.setup();

    await user.click(screen.getByRole('button', { name: 'Deactivate' }));
    const question = screen.getByText(/Deactivate Grace Hopper\?/);
    expect(question).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Yes, deactivate' }));

    expect(await screen.findByText('Account deactivated.')).toBeInTheDocument();
    await waitFor(() => expect(api.callsTo('PATCH /api/users/7')).toHaveLength(1));
    expect(api.calls[0]?.body).toEqual({ active: false });
    expect(api.callsTo('DELETE /api/users/7')).toHaveLength(0);
  });

  it('does not offer to deactivate your own account', () => {
    fakeApi();
    renderWithProviders(<AccountStatus user={aUser()} isSelf />);
    expect(screen.queryByRole('button', { name: 'Deactivate' })).not.toBeInTheDocument();
    expect(screen.getByText('You cannot deactivate your own account.')).toBeInTheDocument();
  });
});
