/**
 * What a page holds in memory, for the large form's benchmarks (large.ts, sqlite-compare.ts): the JS
 * heaps of the page and of its workers (CDP; a worker's WebAssembly memory is not in them), and the
 * proportional set size of its renderer process from Linux's /proc, which holds the page, its
 * workers and their WebAssembly memory.
 */
import { readFileSync } from 'node:fs';
import { platform } from 'node:os';
import type { Browser, BrowserContext, Page } from 'playwright-core';

interface HeapUsage {
  usedSize: number;
  embedderHeapUsedSize?: number;
  backingStorageSize?: number;
}
const heapBytes = (usage: HeapUsage) => usage.usedSize + (usage.embedderHeapUsedSize ?? 0) + (usage.backingStorageSize ?? 0);

/**
 * Starts watching a page's workers (call it before the page starts them). `heapBytes()` then sums
 * the page's JS heap and every worker's, asked of each worker through the page's CDP session.
 */
export async function watchHeaps(context: BrowserContext, page: Page): Promise<{ heapBytes: () => Promise<number> }> {
  const cdp = await context.newCDPSession(page);
  const workers: string[] = [];
  const replies = new Map<number, (result: HeapUsage) => void>();
  cdp.on('Target.attachedToTarget', (event: { sessionId: string; targetInfo: { type: string } }) => {
    if (event.targetInfo.type === 'worker') workers.push(event.sessionId);
  });
  // A worker that has ended (the page's short-lived ones: the locale data's, a cancelled check) holds nothing.
  cdp.on('Target.detachedFromTarget', (event: { sessionId: string }) => {
    const at = workers.indexOf(event.sessionId);
    if (at >= 0) workers.splice(at, 1);
  });
  cdp.on('Target.receivedMessageFromTarget', (event: { message: string }) => {
    const message = JSON.parse(event.message) as { id?: number; result?: HeapUsage };
    if (message.id !== undefined && message.result) replies.get(message.id)?.(message.result);
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  const none: HeapUsage = { usedSize: 0 };
  const workerHeap = (sessionId: string, id: number) =>
    new Promise<HeapUsage>((done) => {
      replies.set(id, done);
      // One that ended between the list and the question answers nothing.
      cdp
        .send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method: 'Runtime.getHeapUsage' }) })
        .catch(() => done(none));
    });
  return {
    async heapBytes() {
      let bytes = heapBytes((await cdp.send('Runtime.getHeapUsage')) as HeapUsage);
      for (const [i, sessionId] of workers.entries()) {
        const usage = await workerHeap(sessionId, 1_000_000 + i);
        if (process.env.BENCH_DEBUG) console.log('worker heap', usage);
        bytes += heapBytes(usage);
      }
      return bytes;
    },
  };
}

/**
 * The proportional set size of the page's renderer process, in MB, from Linux's /proc: CDP lists the
 * renderer processes but not which page each serves, so the largest is taken (the others, a spare
 * renderer and the first blank page's, held 20–72 MB). NaN elsewhere than Linux.
 */
export async function rendererPss(browser: Browser): Promise<number> {
  if (platform() !== 'linux') return Number.NaN;
  const session = await browser.newBrowserCDPSession();
  const { processInfo } = (await session.send('SystemInfo.getProcessInfo')) as { processInfo: { id: number; type: string }[] };
  let kb = 0;
  for (const { id, type } of processInfo) {
    if (type !== 'renderer') continue;
    const rollup = readFileSync(`/proc/${id}/smaps_rollup`, 'utf8');
    const pss = Number(/^Pss:\s+(\d+) kB/m.exec(rollup)?.[1] ?? 0);
    if (process.env.BENCH_DEBUG) console.log('renderer', id, Math.round(pss / 1024), 'MB');
    kb = Math.max(kb, pss);
  }
  return (kb * 1024) / 1e6;
}
