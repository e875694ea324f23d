export type Theme = 'light' | 'dark';

const KEY = 'theme';

/** The reader's explicit choice, if any; otherwise the page follows the system. */
export function storedTheme(): Theme | null {
  try {
    const value = localStorage.getItem(KEY);
    return value === 'light' || value === 'dark' ? value : null;
  } catch {
    return null;
  }
}

export function systemTheme(): Theme {
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Sets the theme; `remember` keeps it for the next visit (an embed's theme comes from its link instead). */
export function applyTheme(theme: Theme | null, remember = true): void {
  if (theme) document.documentElement.dataset.theme = theme;
  else delete document.documentElement.dataset.theme;
  if (!remember) return;
  try {
    if (theme) localStorage.setItem(KEY, theme);
    else localStorage.removeItem(KEY);
  } catch {
    // Private modes may refuse storage; the choice then lasts for this page only.
  }
}
