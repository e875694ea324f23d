/**
 * Quote anchors count Unicode code points (the W3C Web Annotation model's characters), while
 * JavaScript strings index UTF-16 code units: these convert between the two.
 */
/** How much of its document a quote anchor keeps on each side of the quote, in code points (W3C TextQuoteSelector). */
export const CONTEXT_MAX = 64;

export function codePointLength(text: string): number {
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // A high surrogate followed by a low one is one code point.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    length++;
  }
  return length;
}

/** The last `count` code points of `text`. */
export function lastCodePoints(text: string, count: number): string {
  const points = Array.from(text.slice(-count * 2));
  return points.slice(Math.max(0, points.length - count)).join('');
}

/** The first `count` code points of `text`. */
export function firstCodePoints(text: string, count: number): string {
  return Array.from(text.slice(0, count * 2))
    .slice(0, count)
    .join('');
}
