// Whether a saved translation is unofficial (written for the project, marked on every screen) or confirmed,
// and the button that confirms it. Confirming is audited on the server.
import { useTranslation } from 'react-i18next';
import type { TranslationItem, TranslationStatus as Status } from '@rbm/shared/schemas';
import { formErrorText } from '../../../lib/form-errors.ts';
import { useConfirmTranslation } from '../api/confirm-translation.ts';

export function TranslationStatus({
  item,
  status,
  what,
  onConfirmed,
}: {
  item: TranslationItem;
  status: Status;
  what: string;
  onConfirmed: (confirmed: TranslationItem) => void;
}) {
  const { t } = useTranslation();
  const confirm = useConfirmTranslation();
  if (status === 'confirmed') {
    return (
      <span className="translation-state translation-confirmed">
        {confirm.isSuccess ? t('translations.status.justConfirmed') : t('translations.status.confirmed')}
      </span>
    );
  }
  return (
    <span className="translation-state">
      <span className="translation-unofficial">{t('translations.status.unofficial')}</span>
      <button
        type="button"
        className="button button-quiet"
        aria-disabled={confirm.isPending}
        onClick={() => {
          if (confirm.isPending) return;
          confirm.mutate(
            { entity: item.entity, id: item.entityId, field: item.field, language: item.language },
            { onSuccess: onConfirmed },
          );
        }}
      >
        {t('translations.status.confirm')}
        <span className="visually-hidden"> {what}</span>
      </button>
      {confirm.isError && (
        <span className="field-error" role="alert">
          {formErrorText(t, confirm.error)}
        </span>
      )}
    </span>
  );
}
