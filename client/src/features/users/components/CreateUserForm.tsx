// A new account: username, name, email, role, scope and a first password. What was typed survives the
// session ending (except the password, which is never stored).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSWORD_LENGTH } from '@rbm/shared';
import type { User } from '@rbm/shared/schemas';
import { FormAlert } from '../../../components/ui/FormAlert.tsx';
import { TextField } from '../../../components/ui/TextField.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import {
  fieldProblems,
  fieldProblemTexts,
  formErrorText,
  useFormProblems,
  type FieldProblem,
} from '../../../lib/form-errors.ts';
import { readDraft, usePreservedDraft } from '../../../lib/preserved-draft.ts';
import { useCreateUser } from '../api/create-user.ts';
import { choiceSectors, type ScopeChoices } from '../utils/scope.ts';
import {
  checkNewUser,
  createUserBody,
  EMPTY_NEW_USER,
  restoreNewUserDraft,
  type NewUserDraft,
} from '../utils/user-form.ts';
import { UserDetailsFields } from './UserDetailsFields.tsx';

export const NEW_USER_DRAFT_KEY = 'users.new';

/** A 409 names no field; on a new user the username is the only thing that can clash. */
function problemsOf(error: unknown): Record<string, FieldProblem> {
  const problems = fieldProblems(error);
  if (error instanceof ApiError && error.status === 409 && !problems.username)
    problems.username = { code: 'username_taken', message: error.message };
  return problems;
}

export function CreateUserForm({
  choices,
  onCreated,
  onCancel,
}: {
  choices: ScopeChoices;
  onCreated: (user: User) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const create = useCreateUser();
  const [restored] = useState(() => {
    const stored = readDraft<unknown>(NEW_USER_DRAFT_KEY);
    return stored === null ? null : restoreNewUserDraft(stored);
  });
  const [draft, setDraft] = useState<NewUserDraft>(restored ?? EMPTY_NEW_USER);
  const [password, setPassword] = useState('');
  const { problems, formError, formRef, fail, clear } = useFormProblems();
  usePreservedDraft(NEW_USER_DRAFT_KEY, draft);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = checkNewUser(draft, password);
    if (Object.keys(found).length > 0) return fail(found, null);
    clear();
    create.mutate(createUserBody(draft, password, choiceSectors(choices)), {
      onSuccess: (user) => {
        setPassword('');
        onCreated(user);
      },
      onError: (error) => fail(problemsOf(error), error),
    });
  }

  const errors = fieldProblemTexts(t, 'users.fieldErrors', problems);
  const hasFieldErrors = Object.keys(problems).length > 0;
  return (
    <form ref={formRef} className="form" onSubmit={submit} noValidate aria-labelledby="new-user-title">
      <h2 id="new-user-title">{t('users.create.title')}</h2>
      {restored && (
        <p className="notice" role="status">
          {t('drafts.restored')}
        </p>
      )}
      {(hasFieldErrors || formError !== null) && (
        <FormAlert>{hasFieldErrors ? t('validation.summary') : formErrorText(t, formError)}</FormAlert>
      )}
      <TextField
        id="new-user-username"
        label={t('users.fields.username')}
        hint={t('users.fields.usernameHint')}
        value={draft.username}
        onChange={(username) => setDraft({ ...draft, username })}
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        maxLength={50}
        required
        error={errors.username}
      />
      <UserDetailsFields
        idPrefix="new-user"
        draft={draft}
        onChange={setDraft}
        choices={choices}
        errors={errors}
      />
      <TextField
        id="new-user-password"
        type="password"
        label={t('users.fields.password')}
        hint={t('users.fields.passwordHint', { count: MIN_PASSWORD_LENGTH })}
        value={password}
        onChange={setPassword}
        autoComplete="new-password"
        minLength={MIN_PASSWORD_LENGTH}
        maxLength={200}
        required
        error={errors.password}
      />
      <div className="form-actions">
        <button type="submit" className="button" disabled={create.isPending}>
          {create.isPending ? t('users.create.submitting') : t('users.create.submit')}
        </button>
        <button type="button" className="button button-quiet" onClick={onCancel}>
          {t('users.create.cancel')}
        </button>
      </div>
    </form>
  );
}
