import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ASSET_CACHE_CONTROL, CSP_HEADER, CSP_META, isHashedAsset, SECURITY_HEADERS } from '../../scripts/security-headers';

describe('security headers', () => {
  it('forbid inline and eval scripts and framing', () => {
    expect(CSP_HEADER).toContain("script-src 'self'");
    expect(CSP_HEADER).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(CSP_HEADER).toContain("frame-ancestors 'none'");
    expect(CSP_META).not.toContain('frame-ancestors');
    expect(SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff');
    expect(SECURITY_HEADERS['Referrer-Policy']).toBe('no-referrer');
  });

  it('are what public/_headers sends on static hosts', () => {
    const file = readFileSync(resolve(__dirname, '../../public/_headers'), 'utf8');
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(file).toContain(`  ${name}: ${value}\n`);
  });

  it('let static hosts keep the hashed assets for a year, and only those', () => {
    const file = readFileSync(resolve(__dirname, '../../public/_headers'), 'utf8');
    expect(file).toContain(`/assets/*\n  Cache-Control: ${ASSET_CACHE_CONTROL}\n`);
    expect(file).toContain('/data/*\n  Cache-Control: no-cache\n');
    expect(isHashedAsset('/assets/index-BdkQh6e1.js')).toBe(true);
    expect(isHashedAsset('/sub/path/assets/timeline-canvas-7hK1vRv2.js')).toBe(true);
    expect(isHashedAsset('/index.html')).toBe(false);
    expect(isHashedAsset('/data/events.json')).toBe(false);
  });
});
