// Presentation mode for a retreat view: full screen, large type, one slide at a time. Arrow keys (in the
// reading direction), Page Up/Down, Home and End move; Escape leaves (and so does leaving full screen).
// A modal dialog: the page behind is inert, focus stays inside, each slide is announced, and focus goes
// back to the button that opened it.
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format.ts';
import { currentLanguage, RTL_LANGUAGES } from '../../../lib/i18n.ts';

export interface Slide {
  title: string;
  content: () => ReactNode;
}

interface Props {
  title: string;
  slides: readonly Slide[];
  onClose: () => void;
}

const FOCUSABLE = 'a[href], button:not([disabled]), select, input, [tabindex]:not([tabindex="-1"])';

/** The slide a key moves to, or null for a key that does not move. */
export function slideAfterKey(key: string, index: number, count: number, rtl: boolean): number | null {
  const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
  const back = rtl ? 'ArrowRight' : 'ArrowLeft';
  if (key === forward || key === 'PageDown' || key === 'ArrowDown') return Math.min(index + 1, count - 1);
  if (key === back || key === 'PageUp' || key === 'ArrowUp') return Math.max(index - 1, 0);
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}

export function PresentationMode({ title, slides, onClose }: Props) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const rtl = RTL_LANGUAGES.includes(language);
  const [index, setIndex] = useState(0);
  const dialog = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const keysId = useId();
  const count = slides.length;
  const slide = slides[Math.min(index, count - 1)];
  // the latest onClose, without re-running the opening effect when the parent renders again
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  });

  // Open: the page behind inert, full screen when the browser allows it, focus inside. Close: all undone.
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    const root = document.getElementById('root');
    root?.setAttribute('inert', '');
    dialog.current?.focus();
    let wasFullScreen = false;
    const onFullScreen = () => {
      if (document.fullscreenElement) wasFullScreen = true;
      else if (wasFullScreen) close.current();
    };
    document.addEventListener('fullscreenchange', onFullScreen);
    dialog.current?.requestFullscreen?.().catch(() => undefined);
    return () => {
      document.removeEventListener('fullscreenchange', onFullScreen);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
      root?.removeAttribute('inert');
      opener?.focus();
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
      return;
    }
    if (event.key === 'Tab') {
      // keep focus inside the dialog
      const items = [...(dialog.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])];
      const first = items[0];
      const last = items.at(-1);
      if (!first || !last) return;
      if (event.shiftKey && (document.activeElement === first || document.activeElement === dialog.current)) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first.focus();
      }
      return;
    }
    // inside a scrolled table the arrow keys scroll it
    if ((event.target as HTMLElement).closest('.present-scroll') && event.key.startsWith('Arrow')) return;
    const next = slideAfterKey(event.key, index, count, rtl);
    if (next !== null) {
      event.preventDefault();
      setIndex(next);
    }
  };

  const number = (n: number) => formatNumber(n, language);
  const position = t('retreat.present.slide', { number: number(index + 1), count: number(count) });
  return createPortal(
    <div
      ref={dialog}
      className="presentation"
      role="dialog"
      aria-modal="true"
      aria-roledescription={t('retreat.present.label')}
      aria-labelledby={titleId}
      aria-describedby={keysId}
      tabIndex={-1}
      lang={language}
      dir={rtl ? 'rtl' : 'ltr'}
      onKeyDown={onKeyDown}
    >
      <header className="presentation-bar">
        <p className="presentation-deck">{title}</p>
        <p className="presentation-position" aria-live="polite" aria-atomic="true">
          {position}: {slide?.title}
        </p>
        <button type="button" className="button button-quiet" onClick={onClose}>
          {t('retreat.present.close')}
        </button>
      </header>
      <section className="presentation-slide" key={index}>
        <h2 id={titleId}>{slide?.title}</h2>
        {slide?.content()}
      </section>
      <footer className="presentation-bar">
        {/* aria-disabled, not disabled: a disabled button would drop the focus out of the dialog */}
        <button
          type="button"
          className="button"
          aria-disabled={index === 0}
          onClick={() => setIndex(Math.max(index - 1, 0))}
        >
          {t('retreat.present.previous')}
        </button>
        <p id={keysId} className="presentation-keys">
          {t('retreat.present.keys')}
        </p>
        <button
          type="button"
          className="button"
          aria-disabled={index >= count - 1}
          onClick={() => setIndex(Math.min(index + 1, count - 1))}
        >
          {t('retreat.present.next')}
        </button>
      </footer>
    </div>,
    document.body,
  );
}
