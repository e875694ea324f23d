import { describe, expect, it } from 'vitest';
import { qrPath } from './qr-code';

/** The modules drawn by a path of "Mx yh1v1h-1z" squares, as "x,y". */
function darkModules(path: string): Set<string> {
  return new Set([...path.matchAll(/M(\d+) (\d+)h1v1h-1z/g)].map((m) => `${m[1]},${m[2]}`));
}

describe('qrPath', () => {
  it('draws a QR code with its three finder patterns inside a quiet zone', () => {
    const qr = qrPath('https://example.org/timeline/?types=release&from=2024-11-01&to=2025-02-01')!;
    const dark = darkModules(qr.path);
    const modules = qr.size - 8;
    expect((modules - 17) % 4).toBe(0); // versions are 21, 25, 29… modules wide
    // Each finder is a 7×7 ring around a 3×3 block, with a light ring between them.
    for (const [x0, y0] of [
      [4, 4],
      [4 + modules - 7, 4],
      [4, 4 + modules - 7],
    ] as const) {
      expect(dark.has(`${x0},${y0}`)).toBe(true);
      expect(dark.has(`${x0 + 6},${y0 + 6}`)).toBe(true);
      expect(dark.has(`${x0 + 1},${y0 + 1}`)).toBe(false);
      expect(dark.has(`${x0 + 3},${y0 + 3}`)).toBe(true);
    }
    expect([...dark].every((m) => m.split(',').every((n) => Number(n) >= 4 && Number(n) < qr.size - 4))).toBe(true);
  });

  it('grows with the text and gives up past the largest code', () => {
    const short = qrPath('https://example.org/')!;
    const long = qrPath(`https://example.org/?q=${'a'.repeat(600)}`)!;
    expect(long.size).toBeGreaterThan(short.size);
    expect(qrPath(`https://example.org/?q=${'a'.repeat(3000)}`)).toBeNull();
  });
});
