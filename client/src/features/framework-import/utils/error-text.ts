// A failed request of this screen in the reader's language: the panel's text for its code when it has one
// (`<texts>.<code>`), else the app's (errors.<code>, by status, generic).
import type { TFunction } from 'i18next';
import { ApiError } from '../../../lib/api-client.ts';
import { formErrorText } from '../../../lib/form-errors.ts';

export function errorText(t: TFunction, error: unknown, texts = 'frameworkImport.errors'): string {
  if (error instanceof ApiError) {
    return t([`${texts}.${error.code}`, `errors.${error.code}`], {
      defaultValue: formErrorText(t, error),
    });
  }
  return formErrorText(t, error);
}
