import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from './base';
import { statusCounts, statusLine } from './helpers';

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

// The clone serves its own bundled dataset: nothing is routed.
test.use({ dataset: 'real' });

test.describe('a fresh clone with nothing beside it', () => {
  test("starts with the README's first command and serves the page and the bundled dataset", async ({ page }) => {
    test.setTimeout(300_000);
    const parent = mkdtempSync(join(tmpdir(), 'fresh-clone-'));
    const dir = join(parent, 'timeline');
    const clone = spawnSync('git', ['clone', '--quiet', root, dir], { encoding: 'utf8' });
    expect(clone.status, clone.stderr).toBe(0);
    expect(readdirSync(parent), 'nothing beside the clone').toEqual(['timeline']);
    const server = await start(dir);
    try {
      expect(server.output(), 'says the quotes were not re-checked').toMatch(/quotes were not re-checked/);
      const html = await fetch(server.url);
      expect(html.status).toBe(200);
      expect(await html.text()).toMatch(/<div id="root">/);
      const dataset = await fetch(new URL('data/events.json', server.url));
      expect(dataset.status).toBe(200);
      expect(await dataset.text()).toBe(readFileSync(join(dir, 'public/data/events.json'), 'utf8'));

      await page.goto(server.url);
      await expect(statusLine(page)).toHaveText(/Showing [\d,]+ of [\d,]+ events/);
      const [, total] = await statusCounts(page);
      expect(total, `the bundled dataset is shown (${total} events)`).toBeGreaterThan(100);
    } finally {
      server.stop();
      rmSync(parent, { recursive: true, force: true });
    }
  });
});
