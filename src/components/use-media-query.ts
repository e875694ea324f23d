import { useSyncExternalStore } from 'react';

/** Tailwind's md breakpoint: from there on the timeline is always on screen beside the list. */
export const WIDE_SCREEN = '(min-width: 48rem)';

/** Whether a CSS media query matches now, following it as it changes (false where matchMedia is missing). */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (changed) => {
      if (typeof matchMedia !== 'function') return () => {};
      const list = matchMedia(query);
      list.addEventListener('change', changed);
      return () => list.removeEventListener('change', changed);
    },
    () => typeof matchMedia === 'function' && matchMedia(query).matches,
    () => false,
  );
}
