// The secret of a token just issued: shown once, with a copy button and a warning that it is the only time.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreatedApiToken } from '@rbm/shared/schemas';

export function NewTokenNotice({ token, onDone }: { token: CreatedApiToken; onDone: () => void }) {
  const { t } = useTranslation();
  const [copy, setCopy] = useState<'copied' | 'copyFailed' | null>(null);
  const regionRef = useRef<HTMLElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    regionRef.current?.focus();
  }, []);

  async function copyToClipboard() {
    try {
      await navigator.clipboard.writeText(token.token);
      setCopy('copied');
    } catch {
      // No clipboard (insecure context, permission refused): select it for the user to copy.
      inputRef.current?.select();
      setCopy('copyFailed');
    }
  }

  return (
    <section ref={regionRef} className="token-notice" aria-labelledby="new-token-title" tabIndex={-1}>
      <h3 id="new-token-title">{t('users.tokens.newTitle')}</h3>
      <p className="warning">
        <strong>{t('users.tokens.newWarning')}</strong>
      </p>
      <label htmlFor="new-token-secret">{t('users.tokens.secretLabel', { name: token.name })}</label>
      <div className="token-secret">
        <input
          ref={inputRef}
          id="new-token-secret"
          className="code"
          readOnly
          value={token.token}
          dir="ltr"
          spellCheck={false}
          autoComplete="off"
          onFocus={(event) => event.target.select()}
        />
        <button type="button" className="button" onClick={() => void copyToClipboard()}>
          {t('users.tokens.copy')}
        </button>
      </div>
      <p className="form-status" role="status">
        {copy ? t(`users.tokens.${copy}`) : ''}
      </p>
      <p className="muted">
        {t('users.tokens.usage')} <code dir="ltr">Authorization: Bearer …</code>
      </p>
      <button type="button" className="button button-quiet" onClick={onDone}>
        {t('users.tokens.done')}
      </button>
    </section>
  );
}
