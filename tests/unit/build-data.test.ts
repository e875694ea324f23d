import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { readPublished } from '../../scripts/data/published';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const DOC = 'note_001.txt';
const DOC_TEXT = 'On December 12, 2025, U.S. Special Envoy John Coale met with Belarusian President Alexander Lukashenko in Minsk.';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const validDocument = { id: DOC, title: 'Envoy meets president', sha256: sha256(DOC_TEXT) };
const QUOTE = 'John Coale met with Belarusian President';
// Written out by hand: the quote starts after the 41 characters of its prefix and is 40 long.
const validAnchor = [
  {
    type: 'TextQuoteSelector',
    exact: QUOTE,
    prefix: 'On December 12, 2025, U.S. Special Envoy ',
    suffix: ' Alexander Lukashenko in Minsk.',
  },
  { type: 'TextPositionSelector', start: 41, end: 81 },
];

const validActor = { id: 'john-coale', name: 'John Coale', aliases: ['Coale'], kind: 'person' };
const validEvent = {
  id: 'coale-meets-lukashenko',
  date: '2025-12-12',
  type: 'meeting',
  title: 'Coale meets Lukashenko',
  summary: 'The envoy meets the Belarusian leader in Minsk.',
  actors: ['john-coale'],
  sources: [
    {
      document: DOC,
      publisher: 'P',
      kind: 'news',
      headline: 'H',
      published: '2025-12-12',
      quote: QUOTE,
      selector: validAnchor,
      checked: '2026-11-25',
    },
  ],
};

type Records = {
  actors: Record<string, unknown>[];
  events: Record<string, unknown>[];
  documents: Record<string, unknown>[];
  documentText: string;
};
type Mutate = (records: Records) => void;
type SourceRecord = { quote: string; selector?: { prefix?: string; start?: number }[]; checked?: string };
const sourceOf = (records: Records) => (records.events[0]!.sources as SourceRecord[])[0]!;

function runBuild(mutate: Mutate = () => {}, withSeeds = true, remove?: string, script = 'scripts/build-data.ts') {
  const dir = mkdtempSync(join(tmpdir(), 'build-data-'));
  const records: Records = {
    actors: [structuredClone(validActor)],
    events: [structuredClone(validEvent)],
    documents: [structuredClone(validDocument)],
    documentText: DOC_TEXT,
  };
  mutate(records);
  for (const kind of ['actors', 'events'] as const) {
    mkdirSync(join(dir, 'data', kind), { recursive: true });
    records[kind].forEach((record, i) => {
      const name = typeof record.id === 'string' ? record.id : `record-${i}`;
      writeFileSync(
        join(dir, 'data', kind, `${name}${i > 0 && records[kind].slice(0, i).some((r) => r.id === record.id) ? '-copy' : ''}.json`),
        JSON.stringify(record),
      );
    });
  }
  writeFileSync(join(dir, 'data', 'documents.json'), JSON.stringify(records.documents));
  mkdirSync(join(dir, 'seeds'));
  writeFileSync(join(dir, 'seeds', DOC), records.documentText);
  if (remove) rmSync(join(dir, remove), { recursive: true });
  const out = join(dir, 'out', 'events.json');
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(root, script)], {
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
    expectRefusal(
      runBuild(({ events }) => (events[0]!.actors = ['nobody'])),
      'event coale-meets-lukashenko',
      'actors[0]',
    );
  });

  it('refuses a duplicate id', () => {
    expectRefusal(
      runBuild(({ events }) => events.push(structuredClone(validEvent))),
      'event coale-meets-lukashenko',
      'duplicate event id',
    );
  });

  it('refuses an impossible date', () => {
    expectRefusal(
      runBuild(({ events }) => (events[0]!.date = '2025-02-30')),
      'coale-meets-lukashenko.json',
      'date',
    );
  });

  it('refuses an end before the start', () => {
    expectRefusal(
      runBuild(({ events }) => (events[0]!.endDate = '2025-12-01')),
      'coale-meets-lukashenko.json',
      'endDate',
    );
  });

  it('refuses a missing source', () => {
    expectRefusal(
      runBuild(({ events }) => (events[0]!.sources = [])),
      'coale-meets-lukashenko.json',
      'sources',
    );
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
    expectRefusal(
      runBuild(({ events }) => (events[0]!.figures = { released: 52 })),
      'coale-meets-lukashenko.json',
      'figures.released: must be { "value"',
    );
    expectRefusal(
      runBuild(({ events }) => (events[0]!.figures = { released: { value: 52 } })),
      'coale-meets-lukashenko.json',
      'figures.released.qualifier',
    );
  });

  it('refuses a source whose publisher actor does not exist, naming the source', () => {
    expectRefusal(
      runBuild(({ events }) => ((events[0]!.sources as { publisherActor?: string }[])[0]!.publisherActor = 'nobody')),
      'event coale-meets-lukashenko',
      'sources[0].publisherActor',
    );
  });

  it('refuses a counting organisation that is not an actor', () => {
    expectRefusal(
      runBuild(({ events }) => (events[0]!.countedBy = 'nobody')),
      'event coale-meets-lukashenko',
      'countedBy',
    );
  });

  it('refuses an unknown source kind, and a source without one', () => {
    expectRefusal(
      runBuild(({ events }) => ((events[0]!.sources as { kind?: string }[])[0]!.kind = 'blog')),
      'coale-meets-lukashenko.json',
      'sources.0.kind',
    );
    expectRefusal(
      runBuild(({ events }) => delete (events[0]!.sources as { kind?: string }[])[0]!.kind),
      'event coale-meets-lukashenko',
      'sources[0].kind',
    );
  });

  it('refuses an unknown type', () => {
    expectRefusal(
      runBuild(({ events }) => (events[0]!.type = 'party')),
      'coale-meets-lukashenko.json',
      'type',
    );
  });

  it('publishes each quote with its anchor and the document facts, kept once, in the context file beside the events', () => {
    const result = runBuild();
    const core = JSON.parse(readFileSync(result.out, 'utf8'));
    expect(core.parts).toEqual({ context: 'context.json' });
    expect(core.documents).toBeUndefined();
    expect(core.events[0].sources[0].selector).toBeUndefined();
    const context = JSON.parse(readFileSync(join(dirname(result.out), 'context.json'), 'utf8'));
    expect(context.version).toBe(core.version);
    expect(context.sources['coale-meets-lukashenko']).toEqual([{ selector: validAnchor, checked: '2026-11-25' }]);
    const dataset = readPublished(result.out);
    expect(dataset.documents).toEqual([validDocument]);
    expect(dataset.events[0]!.sources[0]!.selector).toEqual(validAnchor);
    expect(dataset.events[0]!.sources[0]!.checked).toBe('2026-11-25');
  });

  it('publishes translations in one file per language, named by the events file, and leaves English readers without them', () => {
    const be = { title: 'Пасланнік ЗША Коўл сустрэўся з Лукашэнкам', summary: 'Сустрэча ў Мінску.', translatedFrom: 'en' };
    const result = runBuild(({ events }) => (events[0]!.translations = { be }));
    expect(result.stderr).toBe('');
    const core = JSON.parse(readFileSync(result.out, 'utf8'));
    expect(core.parts.translations).toEqual({ be: 'events.be.json' });
    expect(JSON.stringify(core)).not.toContain('Коўл');
    expect(existsSync(join(dirname(result.out), 'events.ru.json'))).toBe(false);
    expect(readPublished(result.out).events[0]!.translations).toEqual({ be });
  });

  it('refuses a translation that is not marked as one', () => {
    expectRefusal(
      runBuild(({ events }) => (events[0]!.translations = { ru: { title: 'Встреча', summary: 'В Минске.' } })),
      'coale-meets-lukashenko.json',
      'translations.ru.translatedFrom',
    );
  });

  it('without the documents, checks quotes against their stored anchors, writes, and says the documents were not consulted', () => {
    const result = runBuild(() => {}, false);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/checked against its stored anchor only; the quotes were not re-checked against the documents/);
    expect(readPublished(result.out).events[0]!.sources[0]!.selector).toEqual(validAnchor);
  });

  it('refuses an anchor whose context does not match the document', () => {
    expectRefusal(
      runBuild((records) => (sourceOf(records).selector![0]!.prefix = 'On December 13, 2025, U.S. Special Envoy ')),
      'event coale-meets-lukashenko',
      'sources[0].selector[0].prefix',
    );
  });

  it('refuses an anchor pointing elsewhere in the document', () => {
    expectRefusal(
      runBuild((records) => {
        sourceOf(records).selector![1]!.start = 40;
        (sourceOf(records).selector![1] as { end: number }).end = 80;
      }),
      'event coale-meets-lukashenko',
      'sources[0].selector[1].start',
    );
  });

  it('refuses a document whose bytes changed since its quotes were anchored', () => {
    const result = runBuild((records) => (records.documentText = DOC_TEXT.replace('Minsk', 'Minsk on Friday')));
    expectRefusal(result, 'event coale-meets-lukashenko', 'sources[0].document');
    expect(result.stderr).toContain(`has changed since its quotes were anchored: data/documents.json has sha256 ${validDocument.sha256}`);
    expect(result.stderr).toContain(`document ${DOC}: sha256`);
  });

  it('refuses an edited quote on a fresh clone without the documents', () => {
    const result = runBuild((records) => (sourceOf(records).quote = 'John Coale met with Belarusian Prime Minister'), false);
    expectRefusal(result, 'event coale-meets-lukashenko', 'sources[0].selector[0].exact');
    expect(result.stderr).toContain('does not match the quote');
  });

  it('refuses, without the documents, an anchor whose offsets do not span its quote', () => {
    expectRefusal(
      runBuild((records) => ((sourceOf(records).selector![1] as { end: number }).end = 90), false),
      'event coale-meets-lukashenko',
      'sources[0].selector[1].end',
    );
  });

  it.each([true, false])('refuses a source without an anchor (documents present: %s)', (withSeeds) => {
    const result = runBuild((records) => {
      delete sourceOf(records).selector;
      delete sourceOf(records).checked;
    }, withSeeds);
    expectRefusal(result, 'event coale-meets-lukashenko', 'sources[0].selector');
    expect(result.stderr).toContain('npm run data:anchor');
  });

  it('refuses a source whose document is not in data/documents.json', () => {
    expectRefusal(
      runBuild((records) => (records.documents = [])),
      'event coale-meets-lukashenko',
      'sources[0].document',
    );
  });

  it('data:anchor writes the anchors and the hash the build then accepts, and nothing when a quote is missing', () => {
    const unanchored = (records: Records) => {
      delete sourceOf(records).selector;
      delete sourceOf(records).checked;
      records.documents[0]!.sha256 = '0'.repeat(64);
    };
    const anchored = runBuild(unanchored, true, undefined, 'scripts/anchor-data.ts');
    expect(anchored.stderr).toBe('');
    expect(anchored.stdout).toContain('1 of 1 quotes (re)anchored, 1 document hash(es) recorded');
    const event = JSON.parse(readFileSync(join(anchored.dir, 'data/events/coale-meets-lukashenko.json'), 'utf8'));
    expect(event.sources[0].selector).toEqual(validAnchor);
    expect(event.sources[0].checked).toBe(new Date().toISOString().slice(0, 10));
    expect(JSON.parse(readFileSync(join(anchored.dir, 'data/documents.json'), 'utf8'))[0].sha256).toBe(validDocument.sha256);

    const refused = runBuild(
      (records) => {
        unanchored(records);
        sourceOf(records).quote = 'Coale met Lukashenko in Vilnius';
      },
      true,
      undefined,
      'scripts/anchor-data.ts',
    );
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('event coale-meets-lukashenko: sources[0].quote');
    expect(refused.stderr).toContain('nothing was written');
    expect(JSON.parse(readFileSync(join(refused.dir, 'data/documents.json'), 'utf8'))[0].sha256).toBe('0'.repeat(64));
  });

  it.each(['data', 'data/events', 'data/actors'])('refuses when the records folder %s is missing', (missing) => {
    const result = runBuild(() => {}, true, missing);
    expect(result.status).toBe(1);
    expect(result.written).toBe(false);
    expect(result.stderr).toContain(join(result.dir, missing));
    expect(result.stderr).toContain('nothing was written');
  });
});
