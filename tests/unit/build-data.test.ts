import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const DOC = 'note_001.txt';
const DOC_TEXT = 'On December 12, 2025, U.S. Special Envoy John Coale met with Belarusian President Alexander Lukashenko in Minsk.';

const validActor = { id: 'john-coale', name: 'John Coale', aliases: ['Coale'], kind: 'person' };
const validEvent = {
  id: 'coale-meets-lukashenko',
  date: '2025-12-12',
  type: 'meeting',
  title: 'Coale meets Lukashenko',
  summary: 'The envoy meets the Belarusian leader in Minsk.',
  actors: ['john-coale'],
  sources: [{ document: DOC, publisher: 'P', headline: 'H', published: '2025-12-12', quote: 'John Coale met with Belarusian President' }],
};

type Mutate = (records: { actors: Record<string, unknown>[]; events: Record<string, unknown>[] }) => void;

function runBuild(mutate: Mutate = () => {}, withSeeds = true, remove?: string) {
  const dir = mkdtempSync(join(tmpdir(), 'build-data-'));
  const records = { actors: [structuredClone(validActor)] as Record<string, unknown>[], events: [structuredClone(validEvent)] as Record<string, unknown>[] };
  mutate(records);
  for (const kind of ['actors', 'events'] as const) {
    mkdirSync(join(dir, 'data', kind), { recursive: true });
    records[kind].forEach((record, i) => {
      const name = typeof record.id === 'string' ? record.id : `record-${i}`;
      writeFileSync(join(dir, 'data', kind, `${name}${i > 0 && records[kind].slice(0, i).some((r) => r.id === record.id) ? '-copy' : ''}.json`), JSON.stringify(record));
    });
  }
  mkdirSync(join(dir, 'seeds'));
  writeFileSync(join(dir, 'seeds', DOC), DOC_TEXT);
  if (remove) rmSync(join(dir, remove), { recursive: true });
  const out = join(dir, 'out', 'events.json');
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/build-data.ts')], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, DATA_DIR: join(dir, 'data'), SEEDS_DIR: withSeeds ? join(dir, 'seeds') : join(dir, 'missing'), OUT_FILE: out },
  });
  return { status: result.status, stderr: result.stderr, stdout: result.stdout, written: existsSync(out), out, dir };
}

function expectRefusal(result: ReturnType<typeof runBuild>, record: string, field: string) {
  expect(result.status).toBe(1);
  expect(result.written).toBe(false);
  expect(result.stderr).toContain(record);
  expect(result.stderr).toContain(field);
  expect(result.stderr).toContain('nothing was written');
}

describe('npm run build:data', { timeout: 30_000 }, () => {
  it('writes valid records in the published format', () => {
    const result = runBuild();
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const dataset = JSON.parse(readFileSync(result.out, 'utf8'));
    expect(dataset.version).toMatch(/^\d{4}-\d{2}-\d{2}\.[0-9a-f]{12}$/);
    expect(dataset.events.map((e: { id: string }) => e.id)).toEqual(['coale-meets-lukashenko']);
  });

  it('refuses an unknown actor id', () => {
    expectRefusal(runBuild(({ events }) => (events[0]!.actors = ['nobody'])), 'event coale-meets-lukashenko', 'actors[0]');
  });

  it('refuses a duplicate id', () => {
    expectRefusal(runBuild(({ events }) => events.push(structuredClone(validEvent))), 'event coale-meets-lukashenko', 'duplicate event id');
  });

  it('refuses an impossible date', () => {
    expectRefusal(runBuild(({ events }) => (events[0]!.date = '2025-02-30')), 'coale-meets-lukashenko.json', 'date');
  });

  it('refuses an end before the start', () => {
    expectRefusal(runBuild(({ events }) => (events[0]!.endDate = '2025-12-01')), 'coale-meets-lukashenko.json', 'endDate');
  });

  it('refuses a missing source', () => {
    expectRefusal(runBuild(({ events }) => (events[0]!.sources = [])), 'coale-meets-lukashenko.json', 'sources');
  });

  it('refuses a quote not found in its document', () => {
    expectRefusal(
      runBuild(({ events }) => ((events[0]!.sources as { quote: string }[])[0]!.quote = 'Coale met Lukashenko in Vilnius')),
      'event coale-meets-lukashenko',
      'sources[0].quote',
    );
  });

  it('writes qualified figures and who counted as data', () => {
    const result = runBuild(({ events }) => {
      events[0]!.figures = { politicalPrisoners: { value: 1200, qualifier: 'over' } };
      events[0]!.quotedBy = 'john-coale';
    });
    expect(result.stderr).toBe('');
    const [event] = JSON.parse(readFileSync(result.out, 'utf8')).events;
    expect(event.figures).toEqual({ politicalPrisoners: { value: 1200, qualifier: 'over' } });
    expect(event.quotedBy).toBe('john-coale');
  });

  it('refuses a figure with an unknown qualifier, naming the figure', () => {
    const result = runBuild(({ events }) => (events[0]!.figures = { politicalPrisoners: { value: 1200, qualifier: 'roughly' } }));
    expectRefusal(result, 'coale-meets-lukashenko.json', 'figures.politicalPrisoners.qualifier');
    expect(result.stderr).toContain('"at least"');
  });

  it('refuses a bare number as a figure in data/, and a figure without its qualifier', () => {
    expectRefusal(runBuild(({ events }) => (events[0]!.figures = { released: 52 })), 'coale-meets-lukashenko.json', 'figures.released: must be { "value"');
    expectRefusal(runBuild(({ events }) => (events[0]!.figures = { released: { value: 52 } })), 'coale-meets-lukashenko.json', 'figures.released.qualifier');
  });

  it('refuses a counting organisation that is not an actor', () => {
    expectRefusal(runBuild(({ events }) => (events[0]!.countedBy = 'nobody')), 'event coale-meets-lukashenko', 'countedBy');
  });

  it('refuses an unknown type', () => {
    expectRefusal(runBuild(({ events }) => (events[0]!.type = 'party')), 'coale-meets-lukashenko.json', 'type');
  });

  it('says loudly when the source documents cannot be found', () => {
    const result = runBuild(() => {}, false);
    expect(result.status).toBe(1);
    expect(result.written).toBe(false);
    expect(result.stderr).toMatch(/source documents were not found/);
  });

  it.each(['data', 'data/events', 'data/actors'])('refuses when the records folder %s is missing', (missing) => {
    const result = runBuild(() => {}, true, missing);
    expect(result.status).toBe(1);
    expect(result.written).toBe(false);
    expect(result.stderr).toContain(join(result.dir, missing));
    expect(result.stderr).toContain('nothing was written');
  });
});
