import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { setLanguage } from '../../../lib/i18n.ts';
import { fakeApi, json, problem } from '../../../test/fake-api.ts';
import { sessionFor } from '../../../test/fixtures.ts';
import { renderWithProviders } from '../../../test/render.tsx';
import { SignInForm } from './SignInForm.tsx';

async function signIn(username = 'ada', password = 'correct horse battery') {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Username'), username);
  await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
  return user;
}

describe('SignInForm', () => {
  it('submits the username and password', async () => {
    const api = fakeApi({ 'POST /api/auth/login': () => json(200, sessionFor('admin')) });
    renderWithProviders(<SignInForm />);

    expect(screen.getByLabelText('Username')).toHaveAttribute('autocomplete', 'username');
    expect(screen.getByLabelText('Password')).toHaveAttribute('autocomplete', 'current-password');
    await signIn(' ada ');

    await waitFor(() => expect(api.callsTo('POST /api/auth/login')).toHaveLength(1));
    expect(api.calls[0]?.body).toEqual({ username: 'ada', password: 'correct horse battery' });
  });

  it('says that the credentials are wrong (401), announces and focuses it, and clears the password', async () => {
    fakeApi({ 'POST /api/auth/login': () => problem(401, 'invalid_credentials') });
    renderWithProviders(<SignInForm />);
    await signIn();

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The username or password is not correct.');
    await waitFor(() => expect(alert).toHaveFocus());
    expect(screen.getByLabelText('Password')).toHaveValue('');
    expect(screen.getByLabelText('Username')).toHaveValue('ada');
  });

  it("says it in the user's language", async () => {
    await setLanguage('fr');
    fakeApi({ 'POST /api/auth/login': () => problem(401, 'invalid_credentials') });
    renderWithProviders(<SignInForm />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText("Nom d'utilisateur"), 'ada');
    await user.type(screen.getByLabelText('Mot de passe'), 'secret');
    await user.click(screen.getByRole('button', { name: 'Se connecter' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      "Le nom d'utilisateur ou le mot de passe est incorrect.",
    );
  });

  it('says how long to wait when throttled (429 with Retry-After)', async () => {
    fakeApi({
      'POST /api/auth/login': () => problem(429, 'too_many_attempts', { headers: { 'Retry-After': '30' } }),
    });
    renderWithProviders(<SignInForm />);
    await signIn();

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Too many sign-in attempts. Wait 30 seconds before trying again.',
    );
  });

  it('uses the plural forms of the language for the wait', async () => {
    await setLanguage('ru');
    fakeApi({
      'POST /api/auth/login': () => problem(429, 'too_many_attempts', { headers: { 'Retry-After': '21' } }),
    });
    renderWithProviders(<SignInForm />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Имя пользователя'), 'ada');
    await user.type(screen.getByLabelText('Пароль'), 'secret');
    await user.click(screen.getByRole('button', { name: 'Войти' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Подождите 21 секунду');
  });

  it('says that the account is deactivated (403 account_inactive)', async () => {
    fakeApi({ 'POST /api/auth/login': () => problem(403, 'account_inactive') });
    renderWithProviders(<SignInForm />);
    await signIn();

    expect(await screen.findByRole('alert')).toHaveTextContent('This account has been deactivated.');
  });

  it('asks for what is missing without calling the server, focusing the first empty field', async () => {
    const api = fakeApi();
    renderWithProviders(<SignInForm />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Password'), 'secret');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const username = screen.getByLabelText('Username');
    await waitFor(() => expect(username).toHaveFocus());
    expect(username).toHaveAttribute('aria-invalid', 'true');
    expect(username).toHaveAccessibleDescription('Enter your username.');
    expect(api.calls).toHaveLength(0);
  });
});
