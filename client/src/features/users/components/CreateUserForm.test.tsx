import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { setCsrfToken } from '../../../lib/api-client.ts';
import { fakeApi, json, problem } from '../../../test/fake-api.ts';
import { aUser, framework } from '../../../test/fixtures.ts';
import { renderWithProviders } from '../../../test/render.tsx';
import type { ScopeChoices } from '../utils/scope.ts';
import { CreateUserForm } from './CreateUserForm.tsx';

const choices: ScopeChoices = { status: 'ready', plan: 'SP-TEST', sectors: framework.sectors };

async function fillIn() {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Username'), 'Grace!');
  await user.type(screen.getByLabelText('Display name'), 'Grace Hopper');
  await user.type(screen.getByLabelText('Email (optional)'), 'grace@example.org');
  await user.selectOptions(screen.getByLabelText('Role'), 'reviewer');
  await user.click(screen.getByRole('checkbox', { name: 'Whole Sector (ITU-D)' }));
  await user.type(screen.getByLabelText('Password'), 'a long passphrase');
  await user.click(screen.getByRole('button', { name: 'Create user' }));
}

describe('CreateUserForm', () => {
  it('shows server validation errors next to their fields and focuses the first', async () => {
    fakeApi({
      'POST /api/users': () =>
        problem(400, 'validation_failed', {
          errors: [
            { field: 'body.username', code: 'invalid_pattern', message: 'body.username must match pattern' },
            { field: 'body.email', code: 'code_without_text', message: 'body.email is invalid' },
          ],
        }),
    });
    renderWithProviders(<CreateUserForm choices={choices} onCreated={vi.fn()} onCancel={vi.fn()} />);
    await fillIn();

    const username = screen.getByLabelText('Username');
    await waitFor(() => expect(username).toHaveFocus());
    expect(username).toHaveAttribute('aria-invalid', 'true');
    expect(username).toHaveAccessibleDescription(expect.stringContaining('Use 2 to 50 lower-case letters'));
    expect(screen.getByLabelText('Email (optional)')).toHaveAccessibleDescription('This value is not valid.');
    expect(screen.getByRole('alert')).toHaveTextContent('Some values need correcting');
  });

  it("shows the server's reason for refusing the password next to the password field", async () => {
    fakeApi({
      'POST /api/users': () =>
        problem(422, 'password_too_common', {
          errors: [
            { field: 'body.password', code: 'password_too_common', message: 'The password is common' },
          ],
        }),
    });
    renderWithProviders(<CreateUserForm choices={choices} onCreated={vi.fn()} onCancel={vi.fn()} />);
    await fillIn();

    const password = screen.getByLabelText('Password');
    await waitFor(() => expect(password).toHaveFocus());
    expect(password).toHaveAttribute('aria-invalid', 'true');
    expect(password).toHaveAccessibleDescription(
      expect.stringContaining('This is one of the most common passwords'),
    );
  });

  it('tells a password that is the username before sending anything', async () => {
    const api = fakeApi();
    renderWithProviders(<CreateUserForm choices={choices} onCreated={vi.fn()} onCancel={vi.fn()} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Username'), 'grace.hopper');
    await user.type(screen.getByLabelText('Display name'), 'Grace Hopper');
    await user.type(screen.getByLabelText('Password'), 'Grace.Hopper');
    await user.click(screen.getByRole('button', { name: 'Create user' }));

    const password = screen.getByLabelText('Password');
    await waitFor(() => expect(password).toHaveFocus());
    expect(password).toHaveAccessibleDescription(
      expect.stringContaining('The password cannot be the username.'),
    );
    expect(api.calls).toHaveLength(0);
  });

  it('puts a username clash (409) on the username', async () => {
    fakeApi({ 'POST /api/users': () => problem(409, 'conflict') });
    renderWithProviders(<CreateUserForm choices={choices} onCreated={vi.fn()} onCancel={vi.fn()} />);
    await fillIn();
    expect(await screen.findByText('This username is already in use.')).toBeInTheDocument();
  });

  it('creates the user with the CSRF token and the scope chosen', async () => {
    const created = aUser({ role: 'reviewer', scope: { sectors: ['ITU-D'], priorities: [] } });
    const api = fakeApi({ 'POST /api/users': () => json(201, created) });
    setCsrfToken('csrf-x');
    const onCreated = vi.fn();
    renderWithProviders(<CreateUserForm choices={choices} onCreated={onCreated} onCancel={vi.fn()} />);
    await fillIn();

    await waitFor(() => expect(onCreated).toHaveBeenCalledWith(created));
    const [post] = api.callsTo('POST /api/users');
    expect(post?.headers.get('x-csrf-token')).toBe('csrf-x');
    expect(post?.body).toEqual({
      username: 'Grace!',
      displayName: 'Grace Hopper',
      email: 'grace@example.org',
      role: 'reviewer',
      password: 'a long passphrase',
      scope: { sectors: ['ITU-D'], priorities: [] },
    });
  });
});
