import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../../src/domain/event-types';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const css = readFileSync(resolve(__dirname, '../../src/styles.css'), 'utf8');
function themeColor(name: string, theme: 'light' | 'dark'): string {
  const match = new RegExp(`--color-${name}: light-dark\\((#[0-9a-f]{6}), (#[0-9a-f]{6})\\)`).exec(css);
  if (!match) throw new Error(`no light-dark colour for ${name}`);
  return theme === 'light' ? match[1]! : match[2]!;
}

describe('colour contrast (WCAG AA, 4.5:1 for text)', () => {
  const pairs: [string, string][] = [
    ['ink', 'paper'],
    ['ink', 'panel'],
    ['muted', 'paper'],
    ['muted', 'panel'],
    ['accent', 'paper'],
    ['accent', 'panel'],
    ['accent-ink', 'accent'],
    ['ink', 'selected'],
    ['muted', 'selected'],
    ['ink', 'warn-bg'],
    ['ink', 'error-bg'],
    ['ink', 'mark'],
  ];
  for (const theme of ['light', 'dark'] as const) {
    for (const [fg, bg] of pairs) {
      it(`${theme}: ${fg} on ${bg}`, () => {
        expect(contrast(themeColor(fg, theme), themeColor(bg, theme))).toBeGreaterThanOrEqual(4.5);
      });
    }
  }

  it('every event type colour carries white text', () => {
    for (const [type, meta] of Object.entries(EVENT_TYPES)) {
      expect(contrast(meta.color, '#ffffff'), type).toBeGreaterThanOrEqual(4.5);
    }
  });
});
