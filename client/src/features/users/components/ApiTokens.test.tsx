import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ApiToken } from '@rbm/shared/schemas';
import { fakeApi, json } from '../../../test/fake-api.ts';
import { aUser } from '../../../test/fixtures.ts';
import { renderWithProviders } from '../../../test/render.tsx';
import { ApiTokens } from './ApiTokens.tsx';

const token = (overrides: Partial<ApiToken> = {}): ApiToken => ({
  id: 1,
  name: 'quarterly import',
  createdAt: '2025-01-10T09:00:00.000Z',
  createdBy: 'Ada admin',
  lastUsedAt: null,
  revokedAt: null,
  ...overrides,
});

describe('ApiTokens', () => {
  it('issues a token, shows its secret once with a copy button, and lists it', async () => {
    let items: ApiToken[] = [];
    const api = fakeApi({
      'GET /api/users/7/tokens': () => json(200, { items }),
      'POST /api/users/7/tokens': () => {
        items = [token({ id: 2, name: 'ci' })];
        return json(201, { ...items[0], token: 'rbm_secret_value' });
      },
    });
    renderWithProviders(<ApiTokens user={aUser()} />);
    const user = userEvent.setup();
    expect(await screen.findByText('No tokens yet.')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Token name'), 'ci');
    await user.click(screen.getByRole('button', { name: 'Issue token' }));

    const notice = await screen.findByRole('region', { name: 'Copy the new token now' });
    expect(notice).toHaveFocus();
    expect(within(notice).getByText(/only time the token is shown/)).toBeInTheDocument();
    expect(within(notice).getByLabelText('Token “ci”')).toHaveValue('rbm_secret_value');
    await user.click(within(notice).getByRole('button', { name: 'Copy' }));
    expect(await within(notice).findByText('Copied to the clipboard.')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe('rbm_secret_value');

    expect(await screen.findByRole('rowheader', { name: 'ci' })).toBeInTheDocument();
    expect(api.callsTo('GET /api/users/7/tokens')).toHaveLength(2);

    await user.click(within(notice).getByRole('button', { name: 'Done, I have stored it' }));
    expect(screen.queryByDisplayValue('rbm_secret_value')).not.toBeInTheDocument();
  });

  it('revokes a token after confirming, and refreshes the list', async () => {
    let items = [token()];
    const api = fakeApi({
      'GET /api/users/7/tokens': () => json(200, { items }),
      'DELETE /api/users/7/tokens/1': () => {
        items = [token({ revokedAt: '2025-02-01T10:00:00.000Z' })];
        return json(204, null);
      },
    });
    renderWithProviders(<ApiTokens user={aUser()} />);
    const user = userEvent.setup();
    const table = await screen.findByRole('table', { name: 'API tokens of Grace Hopper' });

    await user.click(within(table).getByRole('button', { name: 'Revoke quarterly import' }));
    expect(api.callsTo('DELETE /api/users/7/tokens/1')).toHaveLength(0);
    await user.click(within(table).getByRole('button', { name: 'Yes, revoke' }));

    expect(await screen.findByText('Token “quarterly import” revoked.')).toBeInTheDocument();
    expect(await within(table).findByText(/Revoked on/)).toBeInTheDocument();
    expect(within(table).queryByRole('button', { name: /Revoke/ })).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Personal API tokens' })).toHaveFocus());
  });
});
