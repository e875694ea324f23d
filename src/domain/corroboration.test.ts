import { describe, expect, it } from 'vitest';
import { corroborationOf } from './corroboration';

const source = (publisher: string, document = 'a.txt') => ({ document, publisher, headline: 'H', quote: 'Q' });

describe('corroboration, derived from the sources', () => {
  it('is one source, several from one publisher, or several independent publishers', () => {
    expect(corroborationOf({ sources: [source('Viasna')] })).toBe('one-source');
    expect(corroborationOf({ sources: [source('Viasna'), source('Viasna', 'b.txt')] })).toBe('several-sources');
    expect(corroborationOf({ sources: [source('Viasna'), source(' viasna ')] })).toBe('several-sources');
    expect(corroborationOf({ sources: [source('Viasna'), source('Pozirk')] })).toBe('independent');
  });
});
