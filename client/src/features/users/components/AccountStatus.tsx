// Deactivate or reactivate an account. Users are never deleted: the audit log keeps their names.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '@rbm/shared/schemas';
import { FormAlert } from '../../../components/ui/FormAlert.tsx';
import { formErrorText } from '../../../lib/form-errors.ts';
import { useUpdateUser } from '../api/update-user.ts';

export function AccountStatus({ user, isSelf }: { user: User; isSelf: boolean }) {
  const { t } = useTranslation();
  const update = useUpdateUser(user.id);
  const [confirming, setConfirming] = useState(false);
  const [changed, setChanged] = useState<'deactivated' | 'reactivated' | null>(null);
  const questionRef = useRef<HTMLParagraphElement>(null);
  // The deactivate or reactivate button: focus returns to it when the question closes.
  const actionRef = useRef<HTMLButtonElement>(null);
  const [returnFocus, setReturnFocus] = useState(false);

  useEffect(() => {
    if (confirming) questionRef.current?.focus();
  }, [confirming]);
  // Also when the account's state arrives from the server: the button is a different one then.
  useEffect(() => {
    if (returnFocus) actionRef.current?.focus();
  }, [returnFocus, user.active]);

  function setActive(active: boolean) {
    setChanged(null);
    update.mutate(
      { active },
      {
        onSuccess: () => {
          setConfirming(false);
          setReturnFocus(true);
          setChanged(active ? 'reactivated' : 'deactivated');
        },
      },
    );
  }

  return (
    <section className="panel" aria-labelledby="account-status-title">
      <h2 id="account-status-title">{t('users.activation.title')}</h2>
      <p>{user.active ? t('users.activation.activeText') : t('users.activation.inactiveText')}</p>
      {update.isError && <FormAlert>{formErrorText(t, update.error)}</FormAlert>}
      {user.active && isSelf && <p className="muted">{t('users.activation.self')}</p>}
      {user.active && !isSelf && !confirming && (
        <button
          ref={actionRef}
          type="button"
          className="button button-danger"
          onClick={() => {
            setReturnFocus(false);
            setConfirming(true);
          }}
        >
          {t('users.activation.deactivate')}
        </button>
      )}
      {user.active && !isSelf && confirming && (
        <div className="confirm" role="group" aria-labelledby="deactivate-question">
          <p id="deactivate-question" ref={questionRef} tabIndex={-1}>
            {t('users.activation.confirmDeactivate', { name: user.displayName })}
          </p>
          <div className="form-actions">
            <button
              type="button"
              className="button button-danger"
              disabled={update.isPending}
              onClick={() => setActive(false)}
            >
              {t('users.activation.confirm')}
            </button>
            <button
              type="button"
              className="button button-quiet"
              onClick={() => {
                setConfirming(false);
                setReturnFocus(true);
              }}
            >
              {t('users.activation.cancel')}
            </button>
          </div>
        </div>
      )}
      {!user.active && (
        <button
          ref={actionRef}
          type="button"
          className="button"
          disabled={update.isPending}
          onClick={() => setActive(true)}
        >
          {t('users.activation.reactivate')}
        </button>
      )}
      <p className="form-status" role="status">
        {changed ? t(`users.activation.${changed}`) : ''}
      </p>
    </section>
  );
}
