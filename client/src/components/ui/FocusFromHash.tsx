// Moves the focus to the element the address's #fragment names once the page is ready, so a link such
// as "Write the narrative" lands the keyboard (and the eyes) on the field to fix.
import { useEffect } from 'react';
import { useLocation } from 'react-router';

export function FocusFromHash({ ready }: { ready: boolean }) {
  const { hash } = useLocation();
  useEffect(() => {
    if (!ready || hash.length < 2) return;
    const element = document.getElementById(decodeURIComponent(hash.slice(1)));
    element?.scrollIntoView({ block: 'center' });
    element?.focus();
  }, [ready, hash]);
  return null;
}
