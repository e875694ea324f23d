import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSP_HEADER, CSP_META, SECURITY_HEADERS } from '../../scripts/security-headers';

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
});
