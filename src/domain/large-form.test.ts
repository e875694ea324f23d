import { describe, expect, it } from 'vitest';
import { idKey, readLargeManifest } from './large-form';

const manifest = (files: Record<string, unknown>) => ({
  form: 'large',
  version: 'v',
  events: 1,
  files: {
    events: 'events-a.parquet',
    counts: 'counts.json',
    actors: 'actors.json',
    types: 'types.json',
    documents: 'documents.json',
    ...files,
  },
  parquet: { longestMs: 0 },
});

describe('idKey', () => {
  it('is FNV-1a over the id, an unsigned 32-bit number', () => {
    // The published test vectors of 32-bit FNV-1a.
    expect(idKey('')).toBe(0x811c9dc5);
    expect(idKey('a')).toBe(0xe40c292c);
    expect(idKey('foobar')).toBe(0xbf9cf968);
  });

  it('spreads ids that differ in one letter', () => {
    expect(idKey('synthetic-1')).not.toBe(idKey('synthetic-2'));
    expect(idKey('synthetic-1')).toBeGreaterThanOrEqual(0);
  });
});

describe('readLargeManifest', () => {
  it('accepts an ids file given as a bare Parquet name, and a manifest without one', () => {
    expect(readLargeManifest(manifest({ ids: 'ids-abc.parquet' }))?.files.ids).toBe('ids-abc.parquet');
    expect(readLargeManifest(manifest({}))?.files.ids).toBeUndefined();
  });

  it('refuses an ids file that is not a plain Parquet name', () => {
    expect(() => readLargeManifest(manifest({ ids: '../elsewhere/ids.parquet' }))).toThrow(/ids file/);
    expect(() => readLargeManifest(manifest({ ids: 'https://example.org/ids.parquet' }))).toThrow(/ids file/);
  });
});
