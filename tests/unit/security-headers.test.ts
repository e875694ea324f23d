import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ASSET_CACHE_CONTROL,
  CSP_HEADER,
  CSP_META,
  EMBED_SECURITY_HEADERS,
  ENGINE_CSP_HEADER,
  isHashedAsset,
  SECURITY_HEADERS,
  securityHeadersFor,
} from '../../scripts/security-headers';

/** public/_headers as static hosts read it: path → its headers. */
function hostRules(): Map<string, Record<string, string>> {
  const rules = new Map<string, Record<string, string>>();
  let current: Record<string, string> | null = null;
  for (const line of readFileSync(resolve(__dirname, '../../public/_headers'), 'utf8').split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (!line.startsWith(' ')) rules.set(line.trim(), (current = {}));
    else if (current) {
      const colon = line.indexOf(':');
      current[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
    }
  }
  return rules;
}

describe('security headers', () => {
  it('forbid inline and eval scripts and framing', () => {
    expect(CSP_HEADER).toContain("script-src 'self'");
    expect(CSP_HEADER).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(CSP_HEADER).toContain("frame-ancestors 'none'");
    expect(CSP_META).not.toContain('frame-ancestors');
    expect(SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff');
    expect(SECURITY_HEADERS['Referrer-Policy']).toBe('no-referrer');
  });

  it('let any page frame the embed view, and only the embed view, under the same script policy', () => {
    expect(securityHeadersFor('/embed.html')['Content-Security-Policy']).toContain('frame-ancestors *');
    expect(securityHeadersFor('/sub/path/embed.html')).toBe(EMBED_SECURITY_HEADERS);
    expect(EMBED_SECURITY_HEADERS['X-Frame-Options']).toBeUndefined();
    expect(EMBED_SECURITY_HEADERS['Content-Security-Policy']).toContain("script-src 'self'");
    for (const path of ['/', '/index.html', '/events/x/', '/data/events.json', '/embed.js']) {
      expect(securityHeadersFor(path)).toBe(SECURITY_HEADERS);
    }
  });

  it('are what public/_headers sends on static hosts, path by path', () => {
    const rules = hostRules();
    // sw.js too: a service worker runs under the policy of its own script's response.
    for (const path of ['/', '/index.html', '/events/*', '/assets/*', '/data/*', '/sw.js'])
      expect(rules.get(path)).toMatchObject(SECURITY_HEADERS);
    for (const path of ['/embed.html', '/embed']) expect(rules.get(path)).toEqual(EMBED_SECURITY_HEADERS);
    // No catch-all: hosts would add its frame-ancestors 'none' to the embed page's own.
    expect(rules.has('/*')).toBe(false);
  });

  it("add 'wasm-unsafe-eval' for the large datasets' engine worker alone, never 'unsafe-eval'", () => {
    const engine = securityHeadersFor('/sub/engine/duckdb-browser-eh.worker-DrIFGUaA.js')['Content-Security-Policy']!;
    expect(engine).toBe(ENGINE_CSP_HEADER);
    expect(engine).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(engine).not.toMatch(/'unsafe-eval'|unsafe-inline/);
    for (const path of ['/', '/assets/index-BdkQh6e1.js', '/engine/other-DrIFGUaA.js', '/data/events.parquet']) {
      expect(securityHeadersFor(path)['Content-Security-Policy']).not.toContain('wasm-unsafe-eval');
    }
    const rules = hostRules();
    expect(rules.get('/engine/*')?.['Content-Security-Policy']).toBe(ENGINE_CSP_HEADER);
    expect(rules.get('/engine/*')?.['Cache-Control']).toBe(ASSET_CACHE_CONTROL);
    expect(isHashedAsset('/engine/duckdb-eh-Bbw6HAmJ.wasm')).toBe(true);
  });

  it('let static hosts keep the hashed assets for a year, and only those', () => {
    const rules = hostRules();
    expect(rules.get('/assets/*')?.['Cache-Control']).toBe(ASSET_CACHE_CONTROL);
    expect(rules.get('/data/*')?.['Cache-Control']).toBe('no-cache');
    expect(rules.get('/sw.js')?.['Cache-Control']).toBe('no-cache');
    expect(isHashedAsset('/assets/index-BdkQh6e1.js')).toBe(true);
    expect(isHashedAsset('/sub/path/assets/timeline-canvas-7hK1vRv2.js')).toBe(true);
    expect(isHashedAsset('/index.html')).toBe(false);
    expect(isHashedAsset('/data/events.json')).toBe(false);
  });
});
