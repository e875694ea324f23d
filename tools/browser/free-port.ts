import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';

/** A port nothing listens on now: several engineers run the browser tests on this machine at once. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => done(port));
    });
  });
}
