import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const seeds = resolve(root, process.env.SEEDS_DIR ?? '../shared/seeds');
const committedDir = join(root, 'public/data');
const haveSeeds = existsSync(seeds);
const reason = haveSeeds ? '' : ` (skipped: no source documents at ${seeds}; set SEEDS_DIR to run it)`;

// CI always has the documents: there, a missing folder is a failure, not a skip.
if (!haveSeeds && process.env.CI) throw new Error(`CI needs the source documents at ${seeds}`);
if (!haveSeeds) console.warn(`Skipping the check of public/data/events.json against the source documents${reason}.`);

describe('the committed dataset', () => {
  it.skipIf(!haveSeeds)(
    `is exactly what the data build writes from data/, quotes checked against the documents${reason}`,
    { timeout: 60_000 },
    () => {
      // Start from the committed files so an unchanged content keeps its version, as the build promises.
      const dir = mkdtempSync(join(tmpdir(), 'published-'));
      const committed = readdirSync(committedDir).sort();
      for (const name of committed) copyFileSync(join(committedDir, name), join(dir, name));
      const out = join(dir, 'events.json');
      const result = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/build-data.ts')], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, SEEDS_DIR: seeds, OUT_FILE: out },
      });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      expect(readdirSync(dir).sort(), 'public/data/ lacks a file the data build writes: commit it').toEqual(committed);
      for (const name of committed) {
        expect(readFileSync(join(dir, name), 'utf8'), `public/data/${name} is stale: run npm run build:data and commit it`).toBe(
          readFileSync(join(committedDir, name), 'utf8'),
        );
      }
    },
  );
});
