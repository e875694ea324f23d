/**
 * The one definition of the security policy: the built index.html's meta tag,
 * public/_headers, `npm run preview` and the test server all use it.
 * Scripts come only from our origin: no 'unsafe-inline', no 'unsafe-eval'.
 */
const CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  // vis-timeline and React set element.style through the CSSOM, which style-src does not block;
  // vis-timeline's stylesheet is bundled into our CSS file.
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
];

/** frame-ancestors only works as a header, not in a meta tag. */
export const CSP_HEADER = [...CSP_DIRECTIVES, "frame-ancestors 'none'"].join('; ');
export const CSP_META = CSP_DIRECTIVES.join('; ');

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CSP_HEADER,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
};

/** The embed view (embed.html) may be framed by any page; nothing else may. */
export const EMBED_CSP_HEADER = [...CSP_DIRECTIVES, 'frame-ancestors *'].join('; ');

export const EMBED_SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': EMBED_CSP_HEADER,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/**
 * The query engine of large datasets (DuckDB-Wasm) compiles WebAssembly in its worker: its script alone
 * is served with 'wasm-unsafe-eval' (never 'unsafe-eval'). The page and every other script keep the policy above.
 */
export const ENGINE_WORKER = /(^|\/)engine\/duckdb-browser-eh\.worker-[A-Za-z0-9_-]{8,}\.js$/;
export const ENGINE_CSP_HEADER = [
  ...CSP_DIRECTIVES.map((d) => (d === "script-src 'self'" ? "script-src 'self' 'wasm-unsafe-eval'" : d)),
  "frame-ancestors 'none'",
].join('; ');

/** The headers a path is served with: the embed page's, the engine worker's, or everyone else's. */
export function securityHeadersFor(path: string): Record<string, string> {
  if (ENGINE_WORKER.test(path)) return { ...SECURITY_HEADERS, 'Content-Security-Policy': ENGINE_CSP_HEADER };
  return /(^|\/)embed(\.html)?$/.test(path) ? EMBED_SECURITY_HEADERS : SECURITY_HEADERS;
}

/** Vite names built assets by their content hash: a changed file gets a new name, so hosts may keep them for a year. */
export const ASSET_CACHE_CONTROL = 'public, max-age=31536000, immutable';

/** Everything else (the page, the dataset) is checked with the host before each use. */
export const REVALIDATE_CACHE_CONTROL = 'no-cache';

/** Whether a path is one of those hashed assets. */
export function isHashedAsset(path: string): boolean {
  return /(^|\/)(assets|engine)\/[^/]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/.test(path);
}
