// Warns before leaving with unsaved changes: the browser's own prompt on reload, close or another site,
// and a confirmation on a click on any link in the app. The Back button cannot be held back without a data
// router (too heavy for the landing route); the grid saves what is pending as it goes away instead
// (use-record-saves.ts), so nothing typed is lost.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

export function LeaveGuard({ when }: { when: boolean }) {
  const { t } = useTranslation();
  const message = t('entry.leaveWarning');
  useEffect(() => {
    if (!when) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.('a[href]');
      if (!link || link.getAttribute('target') === '_blank' || link.hasAttribute('download')) return;
      if (!window.confirm(message)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('click', onClick, true);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('click', onClick, true);
    };
  }, [when, message]);
  return null;
}
