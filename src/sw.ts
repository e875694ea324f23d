/// <reference lib="webworker" />
/**
 * The service worker (built by vite-plugin-pwa from this file into sw.js): after one visit the
 * app, its dataset and its changelog open offline. Hashed assets come from the precache (their names change with
 * their content); the page and the dataset are asked of the network first, so a new build or a new
 * dataset shows on the next visit, and what the last visit got answers when the network does not.
 */
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | PrecacheEntry)[] };

// Relative to where the app is served, so a mirror under any sub-path works.
const scope = new URL(self.registration.scope);
const APP_PAGE = new URL('index.html', scope).href;
const EMBED_PAGE = new URL('embed.html', scope).href;
const DATASET = new URL('data/events.json', scope).href;
const DATA_DIR = new URL('data/', scope).href;
const pathOf = (url: URL) => url.origin + url.pathname;

/** Network first; on a slow network the stored copy answers after `seconds` (the fetch still refreshes it); the install's copy is the last resort. */
function networkFirst(cacheName: string, key: string, seconds: number, precached: string) {
  return new NetworkFirst({
    cacheName,
    networkTimeoutSeconds: seconds,
    plugins: [
      // One stored copy whatever the query string (?event=…&types=…): the page is the same.
      { cacheKeyWillBeUsed: async () => key },
      { handlerDidError: async () => matchPrecache(precached) },
    ],
  });
}

self.skipWaiting();
clientsClaim();
cleanupOutdatedCaches();

registerRoute(
  ({ request, url }) => request.mode === 'navigate' && (pathOf(url) === scope.href || pathOf(url) === APP_PAGE),
  networkFirst('app-page', APP_PAGE, 4, 'index.html'),
);
registerRoute(
  ({ request, url }) => request.mode === 'navigate' && pathOf(url) === EMBED_PAGE,
  networkFirst('embed-page', EMBED_PAGE, 4, 'embed.html'),
);
registerRoute(({ url }) => pathOf(url) === DATASET, networkFirst('dataset', DATASET, 8, 'data/events.json'));
// The dataset's side files (quote context, translations: src/domain/published-files.ts; the changelog): network first,
// so they never lag behind the dataset they belong to; offline, the last copy or the install's.
registerRoute(
  ({ url }) => pathOf(url).startsWith(DATA_DIR) && pathOf(url).endsWith('.json'),
  ({ url, request, event }) =>
    networkFirst('dataset-parts', pathOf(url), 8, pathOf(url).slice(scope.href.length)).handle({ request, event }),
);
// Registered after the two above, which take the page and the dataset.
precacheAndRoute(self.__WB_MANIFEST);
