import { useSyncExternalStore } from 'react';

/** Tailwind's md breakpoint: from there on the timeline is always on screen beside the list. */
export const WIDE_SCREEN = '(min-width: 48rem)';
/** Below it, as Tailwind writes it: a phone, one view at a time. (Not `!WIDE_SCREEN`: where matchMedia or range syntax is missing, neither matches.) */
export const NARROW_SCREEN = '(width < 48rem)';

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
