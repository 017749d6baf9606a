// The fields a user has whether new or not: name, email, role and (for planners and reviewers) scope.
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '@rbm/shared';
import { TextField } from '../../../components/ui/TextField.tsx';
import { scopeApplies, type ScopeChoices } from '../utils/scope.ts';
import type { UserDetailsDraft } from '../utils/user-form.ts';
import { ScopeFieldset } from './ScopeFieldset.tsx';

export type FieldMessages = Partial<Record<string, string>>;

export function UserDetailsFields<T extends UserDetailsDraft>({
  idPrefix,
  draft,
  onChange,
  choices,
  errors,
}: {
  idPrefix: string;
  draft: T;
  onChange: (draft: T) => void;
  choices: ScopeChoices;
  errors: FieldMessages;
}) {
  const { t } = useTranslation();
  const roleId = `${idPrefix}-role`;
  const roleError = errors.role;
  return (
    <>
      <TextField
        id={`${idPrefix}-displayName`}
        label={t('users.fields.displayName')}
        value={draft.displayName}
        onChange={(displayName) => onChange({ ...draft, displayName })}
        autoComplete="off"
        maxLength={200}
        required
        error={errors.displayName}
      />
      <TextField
        id={`${idPrefix}-email`}
        type="email"
        label={t('users.fields.email')}
        value={draft.email}
        onChange={(email) => onChange({ ...draft, email })}
        autoComplete="off"
        maxLength={200}
        error={errors.email}
      />
      <div className={roleError ? 'field field-invalid' : 'field'}>
        <label htmlFor={roleId}>{t('users.fields.role')}</label>
        <p id={`${roleId}-hint`} className="field-hint">
          {t(`users.roleDescription.${draft.role}`)}
        </p>
        {roleError && (
          <p id={`${roleId}-error`} className="field-error">
            {roleError}
          </p>
        )}
        <select
          id={roleId}
          value={draft.role}
          onChange={(event) => onChange({ ...draft, role: event.target.value as Role })}
          aria-invalid={roleError ? true : undefined}
          aria-describedby={roleError ? `${roleId}-hint ${roleId}-error` : `${roleId}-hint`}
        >
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`roles.${role}`)}
            </option>
          ))}
        </select>
      </div>
      {scopeApplies(draft.role) ? (
        <ScopeFieldset
          idPrefix={idPrefix}
          scope={draft.scope}
          onChange={(scope) => onChange({ ...draft, scope })}
          choices={choices}
          error={errors.scope}
        />
      ) : (
        <p className="field-hint">{t(`users.scope.notNeeded.${draft.role}`)}</p>
      )}
    </>
  );
}
