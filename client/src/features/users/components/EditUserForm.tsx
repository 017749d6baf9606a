// Name, email, role and scope of an existing user. What was typed survives the session ending.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '@rbm/shared/schemas';
import { FormAlert } from '../../../components/ui/FormAlert.tsx';
import {
  fieldProblems,
  fieldProblemTexts,
  formErrorText,
  useFormProblems,
} from '../../../lib/form-errors.ts';
import { readDraft, usePreservedDraft } from '../../../lib/preserved-draft.ts';
import { useUpdateUser } from '../api/update-user.ts';
import { choiceSectors, type ScopeChoices } from '../utils/scope.ts';
import {
  checkDetails,
  detailsDraftFromUser,
  restoreDetailsDraft,
  updateUserBody,
  type UserDetailsDraft,
} from '../utils/user-form.ts';
import { UserDetailsFields } from './UserDetailsFields.tsx';

export const editUserDraftKey = (id: number) => `users.edit.${id}`;

export function EditUserForm({ user, choices }: { user: User; choices: ScopeChoices }) {
  const { t } = useTranslation();
  const update = useUpdateUser(user.id);
  const draftKey = editUserDraftKey(user.id);
  const [restored] = useState(() => {
    const stored = readDraft<unknown>(draftKey);
    return stored === null ? null : restoreDetailsDraft(stored, detailsDraftFromUser(user));
  });
  const [draft, setDraft] = useState<UserDetailsDraft>(restored ?? detailsDraftFromUser(user));
  const { problems, formError, formRef, fail, clear } = useFormProblems();
  const [saved, setSaved] = useState(false);
  usePreservedDraft(draftKey, draft);

  function change(next: UserDetailsDraft) {
    setDraft(next);
    setSaved(false);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = checkDetails(draft);
    if (Object.keys(found).length > 0) return fail(found, null);
    clear();
    update.mutate(updateUserBody(draft, choiceSectors(choices)), {
      onSuccess: (updated) => {
        setDraft(detailsDraftFromUser(updated));
        setSaved(true);
      },
      onError: (error) => fail(fieldProblems(error), error),
    });
  }

  const errors = fieldProblemTexts(t, 'users.fieldErrors', problems);
  const hasFieldErrors = Object.keys(problems).length > 0;
  return (
    <form ref={formRef} className="form" onSubmit={submit} noValidate aria-labelledby="edit-user-title">
      <h2 id="edit-user-title">{t('users.edit.title')}</h2>
      {restored && (
        <p className="notice" role="status">
          {t('drafts.restored')}
        </p>
      )}
      {(hasFieldErrors || formError !== null) && (
        <FormAlert>{hasFieldErrors ? t('validation.summary') : formErrorText(t, formError)}</FormAlert>
      )}
      <UserDetailsFields
        idPrefix="edit-user"
        draft={draft}
        onChange={change}
        choices={choices}
        errors={errors}
      />
      <div className="form-actions">
        <button type="submit" className="button" disabled={update.isPending}>
          {update.isPending ? t('users.edit.saving') : t('users.edit.submit')}
        </button>
        <p className="form-status" role="status">
          {saved ? t('users.edit.saved') : ''}
        </p>
      </div>
    </form>
  );
}
