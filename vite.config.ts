/// <reference types="vitest/config" />
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderEventPage, renderOembed, renderWithdrawnPage } from './scripts/event-pages';
import { ASSET_CACHE_CONTROL, CSP_META, isHashedAsset, REVALIDATE_CACHE_CONTROL, securityHeadersFor } from './scripts/security-headers';
import { LANGUAGES } from './src/domain/languages';
import { eventPagePath, SITE_HEADING, SITE_TITLE } from './src/domain/links';
import { readPublished } from './scripts/data/published';

// Vitest 5's reporter calls Map.groupBy, which Node 20 lacks: without this a failing test crashes the report.
const mapWithGroupBy = Map as MapConstructor & { groupBy?: unknown };
mapWithGroupBy.groupBy ??= <K, T>(items: Iterable<T>, key: (item: T, index: number) => K) => {
  const groups = new Map<K, T[]>();
  let index = 0;
  for (const item of items) {
    const k = key(item, index++);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
};

/** The production page carries its policy; the dev server's inline HMR preamble would break under it. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP_META }, injectTo: 'head-prepend' },
    ],
  };
}

/** `npm run preview` sends the headers static hosts get from public/_headers: the security policy of each page, a year for hashed assets, revalidation for the rest. */
function assetCaching(): Plugin {
  return {
    name: 'asset-caching',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = new URL(req.url ?? '/', 'http://x').pathname;
        for (const [name, value] of Object.entries(securityHeadersFor(path))) res.setHeader(name, value);
        res.setHeader('Cache-Control', isHashedAsset(path) ? ASSET_CACHE_CONTROL : REVALIDATE_CACHE_CONTROL);
        next();
      });
    },
  };
}

/** The page template's %SITE_TITLE% and %SITE_HEADING%, from src/domain/links.ts (dev server and build alike). */
function siteNames(): Plugin {
  return {
    name: 'site-names',
    transformIndexHtml: (html) => html.replaceAll('%SITE_TITLE%', SITE_TITLE).replaceAll('%SITE_HEADING%', SITE_HEADING),
  };
}

/** The embed view's page: index.html with the embed's marks (src/state/embed.ts) and without the site header. */
function toEmbedHtml(html: string): string {
  const header = /<header class="app-header">[\s\S]*?<\/header>\s*/;
  if (!header.test(html)) throw new Error('embed-page: the site header was not found in index.html');
  return html
    .replace('<html lang="en">', '<html lang="en" class="is-embed">')
    .replace('<meta charset="UTF-8" />', '<meta charset="UTF-8" />\n    <meta name="robots" content="noindex" />')
    .replace(header, '')
    .replace('Loading the dataset…', 'Loading the timeline…');
}

/**
 * embed.html, made from index.html (one page template): in the build from the built page, not as a
 * second entry, so the page keeps one script chunk (two entries split the shared code into several
 * small ones, which a slow phone fetches over its few connections before the stylesheet); on the
 * dev server from the page as it serves it.
 */
function embedPage(): Plugin {
  return {
    name: 'embed-page',
    enforce: 'post',
    configureServer(server) {
      server.middlewares.use(async (req, res, next) => {
        if (new URL(req.url ?? '/', 'http://x').pathname !== '/embed.html') return next();
        const html = await server.transformIndexHtml(req.url ?? '/embed.html', readFileSync(resolve(__dirname, 'index.html'), 'utf8'));
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.end(toEmbedHtml(html));
      });
    },
    generateBundle(_, bundle) {
      const page = bundle['index.html'];
      if (!page || page.type !== 'asset') return;
      this.emitFile({ type: 'asset', fileName: 'embed.html', source: toEmbedHtml(String(page.source)) });
    },
  };
}

/** Writes events/<id>/index.html for every event of the bundled dataset, for link previews, and for every withdrawn one, saying why. */
function eventPages(): Plugin {
  return {
    name: 'event-pages',
    apply: 'build',
    generateBundle() {
      const file = resolve(__dirname, 'public/data/events.json');
      if (!existsSync(file)) return;
      const dataset = readPublished(file);
      for (const event of dataset.events) {
        // One page per language: English at events/<id>/, Belarusian and Russian below it.
        for (const lang of LANGUAGES)
          this.emitFile({
            type: 'asset',
            fileName: `${eventPagePath(event.id, lang)}index.html`,
            source: renderEventPage(event, dataset, process.env.SITE_URL, lang),
          });
        // oEmbed answers carry absolute addresses: written when the build knows the site's (SITE_URL).
        if (process.env.SITE_URL)
          this.emitFile({
            type: 'asset',
            fileName: `${eventPagePath(event.id)}oembed.json`,
            source: renderOembed(event, process.env.SITE_URL),
          });
      }
      for (const entry of dataset.withdrawn ?? []) {
        this.emitFile({
          type: 'asset',
          fileName: `${eventPagePath(entry.id)}index.html`,
          source: renderWithdrawnPage(entry, dataset.version),
        });
      }
    },
  };
}

/**
 * Offline after one visit (src/sw.ts) and installable. Every URL is relative, so a mirror under
 * any sub-path works; the worker is registered by the app's own script once the first screen
 * has settled (no inline script, so the Content-Security-Policy stays as it is).
 */
function offline(): Plugin[] {
  return VitePWA({
    strategies: 'injectManifest',
    srcDir: 'src',
    filename: 'sw.ts',
    // Registered by the app itself once the first screen has settled (src/app/register-offline.ts).
    injectRegister: false,
    manifest: {
      name: 'Belarus political prisoners: a sourced timeline',
      short_name: 'BY prisoners',
      description: "An interactive, sourced timeline of the events around Belarus's political prisoners.",
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: '#1d4f91',
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    injectManifest: {
      // The app, its lazy chunks, the dataset and its changelog; not the source maps nor the per-event preview pages.
      // (The manifest and its icons are added by the plugin.)
      globPatterns: ['index.html', 'embed.html', 'assets/*.{js,css}', 'data/*.json', 'icons/icon.svg', 'icons/apple-touch-icon.png'],
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    },
  });
}

export default defineConfig({
  // Relative base: the app works from any sub-path a static host serves it from.
  base: './',
  plugins: [react(), tailwindcss(), siteNames(), contentSecurityPolicy(), eventPages(), embedPage(), assetCaching(), offline()],
  // The timeline library's chunk (vis-timeline, vis-data, moment) is about 600 kB; it loads beside the first screen.
  build: {
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 650,
    rolldownOptions: {
      output: {
        // Everything the page's script imports statically is one chunk, the first screen's one
        // script. Left to itself, Rolldown moved the modules the first screen shares with a lazy
        // chunk (React, the date model, the URL codec…) into eight small chunks of their own,
        // each one more request before the app can start on a slow phone.
        codeSplitting: { groups: [{ name: 'index', tags: ['$initial'] }] },
        // The large datasets' query engine (its worker and WebAssembly) under engine/: its own security
        // policy there (scripts/security-headers.ts), and never precached for offline use.
        assetFileNames: (asset) =>
          asset.names.some((name) => name.startsWith('duckdb-')) ? 'engine/[name]-[hash][extname]' : 'assets/[name]-[hash][extname]',
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['tests/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
    css: false,
  },
});
