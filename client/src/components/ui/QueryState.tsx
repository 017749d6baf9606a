// Loading, error and empty states shared by every screen that waits on the API.
import { useTranslation } from 'react-i18next';
import { formErrorText } from '../../lib/form-errors.ts';

export function Loading({ label }: { label: string }) {
  return (
    <div className="state state-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label}
    </div>
  );
}

export function ErrorState({
  error,
  message,
  onRetry,
}: {
  error: unknown;
  message: string;
  onRetry?: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="state state-error" role="alert">
      <p>
        <strong>{message}</strong> {formErrorText(t, error)}
      </p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('framework.retry')}
        </button>
      )}
    </div>
  );
}
