// Warns before leaving with unsaved changes: the browser's own prompt on reload or close, and a
// confirmation on in-app navigation, Back button included (react-router's blocker: the app runs a data
// router); where there is none (component tests in a MemoryRouter) it watches link clicks instead.
import { useContext, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { UNSAFE_DataRouterContext, useBlocker } from 'react-router';

function BlockerGuard({ when, message }: { when: boolean; message: string }) {
  const blocker = useBlocker(when);
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    if (window.confirm(message)) blocker.proceed();
    else blocker.reset();
  }, [blocker, message]);
  return null;
}

/** Without a data router there is no blocker: catch clicks on links instead. */
function LinkGuard({ when, message }: { when: boolean; message: string }) {
  useEffect(() => {
    if (!when) return;
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.('a[href]');
      if (!link || link.getAttribute('target') === '_blank') return;
      if (!window.confirm(message)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    document.addEventListener('click', onClick, true);
    return () => document.removeEventListener('click', onClick, true);
  }, [when, message]);
  return null;
}

export function LeaveGuard({ when }: { when: boolean }) {
  const { t } = useTranslation();
  const dataRouter = useContext(UNSAFE_DataRouterContext);
  const message = t('entry.leaveWarning');
  useEffect(() => {
    if (!when) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [when]);
  return dataRouter ? (
    <BlockerGuard when={when} message={message} />
  ) : (
    <LinkGuard when={when} message={message} />
  );
}
