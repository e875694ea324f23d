import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The selectors of the style rules directly inside each block (the top level, each
 * at-rule block, each rule for nested rules), one list per block.
 */
function rulesByBlock(css: string): string[][] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const blocks: string[][] = [[]];
  const open: string[][] = [blocks[0]!];
  let prelude = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"' || c === "'") {
      const end = text.indexOf(c, i + 1);
      prelude += text.slice(i, end + 1);
      i = end;
    } else if (c === '{') {
      const selector = prelude.trim().replace(/\s+/g, ' ').replace(/ ?, ?/g, ', ');
      if (!selector.startsWith('@')) open.at(-1)!.push(selector);
      const block: string[] = [];
      blocks.push(block);
      open.push(block);
      prelude = '';
    } else if (c === '}') {
      open.pop();
      prelude = '';
    } else if (c === ';') {
      prelude = '';
    } else {
      prelude += c;
    }
  }
  return blocks;
}

function duplicateRules(css: string): string[] {
  return rulesByBlock(css).flatMap((selectors) => selectors.filter((s, i) => selectors.indexOf(s) !== i));
}

describe('styles.css', () => {
  it('finds a rule defined twice in the same block, and only there', () => {
    const css = `
      .a { color: red; }
      /* .b { } */
      .b,
      .c { content: "{"; }
      @media (min-width: 40rem) { .a { color: blue; } .d { margin: 0; } }
      @media (min-width: 40rem) { .a { color: green; } .d { padding: 0; } .d { border: 0; } }
      @layer components { .a { @apply flex; } }
      .b, .c { margin: 0; }
      .a { cursor: pointer; }
    `;
    expect(duplicateRules(css)).toEqual(['.b, .c', '.a', '.d']);
  });

  it('defines each selector once per block: one rule to read for an element', () => {
    const css = readFileSync(resolve(__dirname, '../../src/styles.css'), 'utf8');
    expect(rulesByBlock(css).flat().length).toBeGreaterThan(50);
    expect(duplicateRules(css)).toEqual([]);
  });
});
