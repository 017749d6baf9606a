// Each page's document title, and where the focus goes after a route change (WCAG 2.4.2, 2.4.3).
// By default the title is the page's h1 (kept in step as the h1 changes: data loaded, language switched),
// so every page gets a title just by having its one h1; usePageTitle names a page explicitly instead.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';

let explicitTitle: string | null = null;

function applyTitle(appTitle: string): void {
  const heading = document.querySelector('main h1, h1')?.textContent?.trim();
  const page = explicitTitle ?? heading;
  const title = page ? `${page} – ${appTitle}` : appTitle;
  if (document.title !== title) document.title = title;
}

/** Names the page in the document title (instead of its h1) while the calling component is shown. */
export function usePageTitle(title: string | null | undefined): void {
  const { t } = useTranslation();
  const appTitle = t('app.title');
  useEffect(() => {
    if (!title) return undefined;
    explicitTitle = title;
    applyTitle(appTitle);
    return () => {
      explicitTitle = null;
    };
  }, [title, appTitle]);
}

/**
 * After a route change, moves the focus to the new page's h1 (or main), so keyboard and screen-reader
 * users start reading the new page rather than where the link was; keeps the document title in step.
 * Not on the first load: the browser starts at the top of the page, where the skip link is.
 */
export function usePageFocusAndTitle(): void {
  const { t } = useTranslation();
  const appTitle = t('app.title');
  const { pathname } = useLocation();
  const previous = useRef<string | null>(null);

  useEffect(() => {
    const update = () => applyTitle(appTitle);
    update();
    const observer = new MutationObserver(update);
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [appTitle]);

  useEffect(() => {
    const from = previous.current;
    previous.current = pathname;
    if (from === null || from === pathname) return undefined;
    // A lazy page shows its h1 once its code and data arrive: wait for it (a few seconds at most).
    let done = false;
    const focusHeading = () => {
      const heading = document.querySelector<HTMLElement>('main h1');
      if (!heading || done) return false;
      done = true;
      if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
      heading.focus({ preventScroll: false });
      return true;
    };
    if (focusHeading()) return undefined;
    const observer = new MutationObserver(() => {
      if (focusHeading()) observer.disconnect();
    });
    observer.observe(document.body, { childList: true, subtree: true });
    const timer = window.setTimeout(() => {
      observer.disconnect();
      if (!done) document.querySelector<HTMLElement>('main')?.focus();
    }, 5000);
    return () => {
      observer.disconnect();
      window.clearTimeout(timer);
    };
  }, [pathname]);
}

/** Mounted once inside the router: see usePageFocusAndTitle. */
export function PageFocus(): null {
  usePageFocusAndTitle();
  return null;
}
