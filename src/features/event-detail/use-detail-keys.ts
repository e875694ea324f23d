import { useEffect } from 'react';
import { useLatest } from '../../components/use-latest';

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

/** Esc closes the panel; the arrow keys step through events, except while the user types. */
export function useDetailKeys(active: boolean, handlers: { close: () => void; previous: () => void; next: () => void }) {
  const latest = useLatest(handlers);
  useEffect(() => {
    if (!active) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key === 'Escape') {
        if (isTyping(event.target) && (event.target as HTMLElement).getAttribute('role') === 'combobox') return;
        latest.current.close();
      } else if (!isTyping(event.target) && event.key === 'ArrowLeft') {
        event.preventDefault();
        latest.current.previous();
      } else if (!isTyping(event.target) && event.key === 'ArrowRight') {
        event.preventDefault();
        latest.current.next();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [active, latest]);
}
