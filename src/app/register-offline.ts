/** After the page's load, how long to wait before the service worker starts filling its cache. */
const SETTLE_MS = 8000;

/**
 * Registers the service worker (src/sw.ts: offline after one visit) once the first screen has
 * settled, not at load: its install downloads every chunk and the dataset (about 1.6 MB), which
 * would compete with the first screen on a slow phone (Lighthouse measured 300–500 ms more
 * blocking time with it at load). A reader who leaves within seconds is not offline-ready; one who
 * stays is, from the next visit on.
 */
export function registerOfflineLater(): void {
  if (!('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker.register('./sw.js', { scope: './' }).catch(() => {
      // No worker (a host that does not serve sw.js, a private mode): the app works online as before.
    });
  };
  const later = () => setTimeout(register, SETTLE_MS);
  if (document.readyState === 'complete') later();
  else addEventListener('load', later, { once: true });
}
