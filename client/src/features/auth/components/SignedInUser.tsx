// The header's account area: who is signed in, with which role, and the way out.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formErrorText } from '../../../lib/form-errors.ts';
import { useSession } from '../utils/session-context.ts';

export function SignedInUser() {
  const { t } = useTranslation();
  const { user, signOut, signingOut } = useSession();
  const [error, setError] = useState<unknown>(null);
  if (!user) return null;
  return (
    <div className="signed-in-user">
      <p className="signed-in-name">
        <span className="visually-hidden">{t('auth.signedInAs')} </span>
        <strong>{user.displayName}</strong>
        <span className="signed-in-role">{t(`roles.${user.role}`)}</span>
      </p>
      <button
        type="button"
        className="button button-quiet"
        disabled={signingOut}
        onClick={() => {
          setError(null);
          signOut().catch(setError);
        }}
      >
        {signingOut ? t('app.signingOut') : t('app.signOut')}
      </button>
      {error !== null && (
        <p className="signed-in-error" role="alert">
          {formErrorText(t, error)}
        </p>
      )}
    </div>
  );
}
