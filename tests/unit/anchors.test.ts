import { describe, expect, it } from 'vitest';
import { computeAnchor } from '../../scripts/data/anchors';

describe('quote anchors', () => {
  it('count offsets and context in code points, so an emoji before the quote counts once', () => {
    const text = 'Feed 🇧🇾 item. Ales Bialiatski remains in prison. More.';
    const [quote, position] = computeAnchor(text, { quote: 'Ales Bialiatski remains in prison.', headline: 'x' })!;
    // "Feed " (5) + two regional-indicator letters (2) + " item. " (7)
    expect(position).toEqual({ type: 'TextPositionSelector', start: 14, end: 48 });
    expect(quote.prefix).toBe('Feed 🇧🇾 item. ');
    expect(quote.suffix).toBe(' More.');
  });

  it('keep at most 64 characters of context on each side, without splitting a character', () => {
    const text = `${'😀'.repeat(70)}QUOTE${'x'.repeat(70)}`;
    const [quote, position] = computeAnchor(text, { quote: 'QUOTE', headline: 'x' })!;
    expect(quote.prefix).toBe('😀'.repeat(64));
    expect(quote.suffix).toBe('x'.repeat(64));
    expect(position.start).toBe(70);
  });

  it('take a repeated quote in the article the source names, or keep the stored occurrence', () => {
    const text = 'Review. October\nThe count is 10.\nReview. November\nThe count is 10.\n';
    const november = computeAnchor(text, { quote: 'The count is 10.', headline: 'Review. November' })!;
    expect(november[0].prefix).toContain('November');
    const october = computeAnchor(text, { quote: 'The count is 10.', headline: 'Review. October' })!;
    expect(computeAnchor(text, { quote: 'The count is 10.', headline: 'Review. November', selector: october })).toEqual(october);
  });

  it('are null for a quote that is not in the document', () => {
    expect(computeAnchor('Some text.', { quote: 'other text', headline: 'x' })).toBeNull();
  });
});
