import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { expect } from './expect';
import { openPage, statusCounts, statusLine, useBrowser } from './browser';

const root = resolve(import.meta.dirname, '../..');
const FIRST_COMMAND = 'npm install --no-audit --no-fund && npm start';

/** Runs the README's first command in `dir` until the dev server prints its address. */
function start(dir: string): Promise<{ url: string; output: () => string; stop: () => void }> {
  const env = { ...process.env };
  delete env.SEEDS_DIR;
  delete env.DATA_DIR;
  delete env.OUT_FILE;
  const child = spawn('sh', ['-c', FIRST_COMMAND], { cwd: dir, env: { ...env, NO_COLOR: '1', FORCE_COLOR: '0' }, detached: true });
  let output = '';
  const stop = () => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  return new Promise((done, fail) => {
    const timer = setTimeout(() => {
      stop();
      fail(new Error(`no server within 4 minutes; output:\n${output}`));
    }, 240_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      // NO_COLOR keeps the address free of terminal colour codes.
      const url = /Local:\s+(http:\/\/\S+)/.exec(output)?.[1];
      if (url) {
        clearTimeout(timer);
        done({ url, output: () => output, stop });
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`the first command exited (${code}) before serving; output:\n${output}`));
    });
  });
}

describe('a fresh clone with nothing beside it', () => {
  const browser = useBrowser();

  it("starts with the README's first command and serves the page and the bundled dataset", { timeout: 300_000 }, async () => {
    const parent = mkdtempSync(join(tmpdir(), 'fresh-clone-'));
    const dir = join(parent, 'timeline');
    const clone = spawnSync('git', ['clone', '--quiet', root, dir], { encoding: 'utf8' });
    assert.equal(clone.status, 0, clone.stderr);
    assert.deepEqual(readdirSync(parent), ['timeline'], 'nothing beside the clone');
    const server = await start(dir);
    try {
      assert.match(server.output(), /quotes were not re-checked/, 'says the quotes were not re-checked');
      const page = await fetch(server.url);
      assert.equal(page.status, 200);
      assert.match(await page.text(), /<div id="root">/);
      const dataset = await fetch(new URL('data/events.json', server.url));
      assert.equal(dataset.status, 200);
      assert.equal(await dataset.text(), readFileSync(join(dir, 'public/data/events.json'), 'utf8'));

      const { page: tab, context } = await openPage(browser(), null);
      await tab.goto(server.url);
      await expect(statusLine(tab)).toHaveText(/Showing [\d,]+ of [\d,]+ events/);
      const [, total] = await statusCounts(tab);
      assert.ok(total > 100, `the bundled dataset is shown (${total} events)`);
      await context.close();
    } finally {
      server.stop();
      rmSync(parent, { recursive: true, force: true });
    }
  });
});
