import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { changelogSchema, type Changelog } from '../../src/domain/changelog';
import { datasetSchema } from '../../src/domain/schema';

/**
 * The data build's changelog and withdrawals, on a temporary copy of data/ and of the published
 * files (DATA_DIR, OUT_FILE): the committed ones are the last published version it compares with.
 */
const root = resolve(__dirname, '../..');
const EVENT = 'coale-meets-lukashenko-2025-12-12';
let dir: string;
const data = () => join(dir, 'data');
const out = () => join(dir, 'public', 'events.json');
const files = () => [out(), join(dir, 'public', 'changelog.json'), join(data(), 'CHANGELOG.json')];
const snapshot = () => files().map((file) => readFileSync(file, 'utf8'));
const changelog = (): Changelog => changelogSchema.parse(JSON.parse(readFileSync(join(data(), 'CHANGELOG.json'), 'utf8')));
const published = () => datasetSchema.parse(JSON.parse(readFileSync(out(), 'utf8')));
const eventFile = (id: string) => join(data(), 'events', `${id}.json`);
const withdraw = (entries: unknown[]) => writeFileSync(join(data(), 'withdrawn.json'), JSON.stringify(entries));

function build() {
  // Without the documents (a fresh clone's check, against the stored anchors): quicker, and enough here.
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/build-data.ts')], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, DATA_DIR: data(), OUT_FILE: out(), SEEDS_DIR: join(dir, 'no-documents') },
  });
  return { status: result.status, stderr: result.stderr, stdout: result.stdout };
}

function expectRefused(result: ReturnType<typeof build>, before: string[], record: string, field: string) {
  expect(result.status).toBe(1);
  expect(result.stderr).toContain(`${record}: ${field}:`);
  expect(result.stderr).toContain('nothing was written');
  expect(snapshot()).toEqual(before);
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'changelog-'));
  cpSync(join(root, 'data'), data(), { recursive: true });
  cpSync(join(root, 'public/data'), join(dir, 'public'), { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the data build keeps a changelog', { timeout: 60_000 }, () => {
  it('appends nothing when nothing changed: the committed files are what it writes, twice over', () => {
    const committed = snapshot();
    const recorded = changelog().length;
    expect(build().status).toBe(0);
    expect(snapshot()).toEqual(committed);
    expect(build().status).toBe(0);
    expect(snapshot()).toEqual(committed);
    expect(changelog()).toHaveLength(recorded);
    expect(changelog()[0]).toMatchObject({ unrecorded: true, added: [], changed: [], removed: [] });
    expect(changelog().at(-1)!.version).toBe(published().version);
  });

  it('lists an edited event with the names of the fields that changed, once', () => {
    const record = JSON.parse(readFileSync(eventFile(EVENT), 'utf8'));
    writeFileSync(eventFile(EVENT), JSON.stringify({ ...record, title: `${record.title} (edited)`, summary: `${record.summary} Edited.` }));
    const before = published().version;
    const recorded = changelog().length;
    expect(build().status).toBe(0);
    const entries = changelog();
    expect(entries).toHaveLength(recorded + 1);
    const last = entries.at(-1)!;
    expect(last.version).toBe(published().version);
    expect(last.version).not.toBe(before);
    expect(last.changed).toEqual([{ id: EVENT, title: `${record.title} (edited)`, fields: ['title', 'summary'] }]);
    expect(last.added).toEqual([]);
    expect(last.removed).toEqual([]);
    expect(JSON.parse(readFileSync(join(dir, 'public', 'changelog.json'), 'utf8'))).toEqual(entries);
    const after = snapshot();
    expect(build().status).toBe(0);
    expect(snapshot()).toEqual(after);
  });

  it('refuses a removal without a reason, naming the event and the field, and writes nothing', () => {
    const before = snapshot();
    rmSync(eventFile(EVENT));
    expectRefused(build(), before, `event ${EVENT}`, 'reason');
  });

  it('refuses a withdrawal whose reason is empty', () => {
    const before = snapshot();
    rmSync(eventFile(EVENT));
    withdraw([{ id: EVENT, reason: ' ', withdrawn: '2026-11-26' }]);
    expectRefused(build(), before, `withdrawn ${EVENT}`, 'reason');
  });

  it('refuses a withdrawn id that still has its record', () => {
    const before = snapshot();
    withdraw([{ id: EVENT, reason: 'Duplicate of another event.', withdrawn: '2026-11-26' }]);
    expectRefused(build(), before, `event ${EVENT}`, 'id');
  });

  it('publishes a withdrawal with its last title and reason, lists it as removed, and keeps it for good', () => {
    const title = JSON.parse(readFileSync(eventFile(EVENT), 'utf8')).title as string;
    rmSync(eventFile(EVENT));
    const reason = 'The meeting was reported twice; see the event of the same day.';
    withdraw([{ id: EVENT, reason, withdrawn: '2026-11-26' }]);
    expect(build().status).toBe(0);
    expect(published().withdrawn).toEqual([{ id: EVENT, title, reason, withdrawn: '2026-11-26' }]);
    expect(published().events.some((event) => event.id === EVENT)).toBe(false);
    expect(changelog().at(-1)!.removed).toEqual([{ id: EVENT, title, reason }]);

    // The title is carried from the published withdrawn list once the event itself is gone from it.
    const after = snapshot();
    expect(build().status).toBe(0);
    expect(snapshot()).toEqual(after);

    withdraw([]);
    expectRefused(build(), after, `withdrawn ${EVENT}`, 'id');
  });
});
