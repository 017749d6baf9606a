// The error of a whole form. Announced at once (role="alert") and focusable, so useFocusFirstError can
// move the focus to it when no single field is to blame.
import type { ReactNode } from 'react';
import { FORM_ALERT_ATTRIBUTE } from '../../lib/form-errors.ts';

export function FormAlert({ children }: { children: ReactNode }) {
  return (
    <div className="form-alert" role="alert" tabIndex={-1} {...{ [FORM_ALERT_ATTRIBUTE]: '' }}>
      {children}
    </div>
  );
}
