// Closing a plan asks for confirmation in a modal dialog (focus moves in, Escape cancels): a closed plan is
// read-only for good.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/ui/FormAlert.tsx';
import { formErrorText } from '../../../lib/form-errors.ts';
import { useChangePlanStatus } from '../api/change-plan-status.ts';

export function ClosePlanDialog({
  plan,
  onClosed,
  onCancel,
}: {
  plan: string;
  onClosed: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const close = useChangePlanStatus();
  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      aria-labelledby="close-plan-title"
      aria-describedby="close-plan-text"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id="close-plan-title">{t('planLifecycle.close.title', { plan })}</h2>
      <p id="close-plan-text">{t('planLifecycle.close.text')}</p>
      {close.isError && <FormAlert>{formErrorText(t, close.error)}</FormAlert>}
      <div className="form-actions">
        <button
          type="button"
          className="button button-danger"
          disabled={close.isPending}
          onClick={() => close.mutate({ plan, to: 'closed' }, { onSuccess: onClosed })}
        >
          {t('planLifecycle.close.confirm', { plan })}
        </button>
        <button type="button" className="button button-quiet" onClick={onCancel} autoFocus>
          {t('planLifecycle.cancel')}
        </button>
      </div>
    </dialog>
  );
}
