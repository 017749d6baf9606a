import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import i18n, { setLanguage } from '../../../lib/i18n.ts';
import { fakeApi, problem } from '../../../test/fake-api.ts';
import { aUser } from '../../../test/fixtures.ts';
import { renderWithProviders } from '../../../test/render.tsx';
import { ResetPasswordForm } from './ResetPasswordForm.tsx';

afterEach(async () => {
  await setLanguage('en');
});

async function submit(password: string) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText(i18n.t('users.fields.newPassword')), password);
  await user.click(screen.getByRole('button', { name: i18n.t('users.password.submit') }));
}

describe('ResetPasswordForm', () => {
  it("shows the server's reason next to the new password, in the user's language", async () => {
    await setLanguage('fr');
    fakeApi({
      'POST /api/users/7/password': () =>
        problem(422, 'password_too_common', {
          errors: [
            { field: 'body.password', code: 'password_too_common', message: 'The password is common' },
          ],
        }),
    });
    renderWithProviders(<ResetPasswordForm user={aUser()} />);
    await submit('sunshine2026!');

    const field = screen.getByLabelText(i18n.t('users.fields.newPassword'));
    await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'));
    expect(field).toHaveAccessibleDescription(
      expect.stringContaining("C'est l'un des mots de passe les plus courants"),
    );
  });

  it('tells a repeated character before sending anything', async () => {
    const api = fakeApi();
    renderWithProviders(<ResetPasswordForm user={aUser()} />);
    await submit('aaaaaaaaaaaa');

    const field = screen.getByLabelText('New password');
    await waitFor(() => expect(field).toHaveFocus());
    expect(field).toHaveAccessibleDescription(
      expect.stringContaining('The password is one character or a short pattern repeated.'),
    );
    expect(api.calls).toHaveLength(0);
  });
});
