import type { TFunction } from 'i18next';
import { ApiError } from '../../../lib/api-client.ts';
import { formErrorText } from '../../../lib/form-errors.ts';

/** Why signing in failed, in the user's language. */
export function signInErrorText(t: TFunction, error: unknown): string {
  if (!(error instanceof ApiError)) return formErrorText(t, error);
  if (error.code === 'invalid_credentials' || error.status === 401)
    return t('auth.errors.invalid_credentials');
  if (error.code === 'too_many_attempts' || error.status === 429) {
    return error.retryAfterSeconds !== null && error.retryAfterSeconds > 0
      ? t('auth.errors.too_many_attempts', { count: error.retryAfterSeconds })
      : t('auth.errors.throttled');
  }
  if (error.code === 'account_inactive') return t('auth.errors.account_inactive');
  return formErrorText(t, error);
}
