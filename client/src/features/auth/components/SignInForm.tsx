// Username and password. Errors are shown in the user's language, announced (role="alert") and focused.
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/ui/FormAlert.tsx';
import { TextField } from '../../../components/ui/TextField.tsx';
import { useFocusFirstError } from '../../../lib/form-errors.ts';
import { useLogin } from '../api/login.ts';
import { signInErrorText } from '../utils/sign-in-error.ts';

interface Missing {
  username: boolean;
  password: boolean;
}

export function SignInForm() {
  const { t } = useTranslation();
  const login = useLogin();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<Missing>({ username: false, password: false });
  const [serverError, setServerError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, attempt);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const nextMissing = { username: username.trim() === '', password: password === '' };
    setMissing(nextMissing);
    setServerError(null);
    if (nextMissing.username || nextMissing.password) {
      setAttempt((n) => n + 1);
      return;
    }
    login.mutate(
      { username: username.trim(), password },
      {
        onError: (error) => {
          setServerError(error);
          setPassword('');
          setAttempt((n) => n + 1);
        },
      },
    );
  }

  return (
    <form
      ref={formRef}
      className="form sign-in-form"
      onSubmit={submit}
      noValidate
      aria-labelledby="sign-in-title"
    >
      <h2 id="sign-in-title">{t('auth.signInTitle')}</h2>
      {serverError !== null && <FormAlert>{signInErrorText(t, serverError)}</FormAlert>}
      <TextField
        id="sign-in-username"
        name="username"
        label={t('auth.username')}
        value={username}
        onChange={setUsername}
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        required
        error={missing.username ? t('auth.required.username') : null}
      />
      <TextField
        id="sign-in-password"
        name="password"
        type="password"
        label={t('auth.password')}
        value={password}
        onChange={setPassword}
        autoComplete="current-password"
        required
        error={missing.password ? t('auth.required.password') : null}
      />
      <button type="submit" className="button" disabled={login.isPending}>
        {login.isPending ? t('auth.submitting') : t('auth.submit')}
      </button>
    </form>
  );
}
