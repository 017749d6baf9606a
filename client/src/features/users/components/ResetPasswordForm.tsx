// Sets a new password for a user (and so ends their sessions). The password is never kept in a draft.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSWORD_LENGTH } from '@rbm/shared';
import type { User } from '@rbm/shared/schemas';
import { FormAlert } from '../../../components/ui/FormAlert.tsx';
import { TextField } from '../../../components/ui/TextField.tsx';
import {
  fieldProblems,
  fieldProblemTexts,
  formErrorText,
  useFormProblems,
} from '../../../lib/form-errors.ts';
import { useResetPassword } from '../api/reset-password.ts';
import { checkPassword } from '../utils/user-form.ts';

export function ResetPasswordForm({ user }: { user: User }) {
  const { t } = useTranslation();
  const reset = useResetPassword(user.id);
  const [password, setPassword] = useState('');
  const { problems, formError, formRef, fail, clear } = useFormProblems();
  const [done, setDone] = useState(false);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(false);
    const found = checkPassword(password, user.username);
    if (Object.keys(found).length > 0) return fail(found, null);
    clear();
    reset.mutate(
      { password },
      {
        onSuccess: () => {
          setPassword('');
          setDone(true);
        },
        onError: (error) => fail(fieldProblems(error), error),
      },
    );
  }

  const errors = fieldProblemTexts(t, 'users.fieldErrors', problems);
  return (
    <form ref={formRef} className="form" onSubmit={submit} noValidate aria-labelledby="reset-password-title">
      <h2 id="reset-password-title">{t('users.password.title')}</h2>
      <p className="muted">{t('users.password.intro')}</p>
      {formError !== null && Object.keys(problems).length === 0 && (
        <FormAlert>{formErrorText(t, formError)}</FormAlert>
      )}
      {/* A hidden username tells password managers whose password this is, not the admin's own. */}
      <input type="text" name="username" value={user.username} autoComplete="username" readOnly hidden />
      <TextField
        id="reset-password"
        type="password"
        label={t('users.fields.newPassword')}
        hint={t('users.fields.passwordHint', { count: MIN_PASSWORD_LENGTH })}
        value={password}
        onChange={(value) => {
          setPassword(value);
          setDone(false);
        }}
        autoComplete="new-password"
        minLength={MIN_PASSWORD_LENGTH}
        maxLength={200}
        required
        error={errors.password}
      />
      <div className="form-actions">
        <button type="submit" className="button" disabled={reset.isPending}>
          {t('users.password.submit')}
        </button>
        <p className="form-status" role="status">
          {done ? t('users.password.done') : ''}
        </p>
      </div>
    </form>
  );
}
