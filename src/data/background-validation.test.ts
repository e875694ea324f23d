import { afterEach, describe, expect, it, vi } from 'vitest';
import { mayNeedWorker } from './background-validation';

const response = (headers: Record<string, string>) => new Response('', { headers });

describe('starting the schema-check worker while the file downloads', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('starts it for a file declared large, compressed and over 1 MB, or of unknown length', () => {
    vi.stubGlobal('Worker', class {});
    expect(mayNeedWorker(response({ 'content-length': '61000000' }))).toBe(true);
    expect(mayNeedWorker(response({ 'content-length': '2000000', 'content-encoding': 'gzip' }))).toBe(true);
    expect(mayNeedWorker(response({}))).toBe(true);
  });

  it('does not for a small file, or where workers do not exist', () => {
    vi.stubGlobal('Worker', class {});
    expect(mayNeedWorker(response({ 'content-length': '310000' }))).toBe(false);
    expect(mayNeedWorker(response({ 'content-length': '6000000' }))).toBe(false);
    vi.stubGlobal('Worker', undefined);
    expect(mayNeedWorker(response({ 'content-length': '61000000' }))).toBe(false);
  });
});
