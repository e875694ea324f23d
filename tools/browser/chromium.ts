/**
 * The Chromium every browser tool drives: Debian's, not a downloaded one (this machine has no
 * internet beyond the npm registry and apt). Used by the benchmark and by playwright.config.ts.
 */
import { existsSync } from 'node:fs';

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

/** Flags for a closed network: no background calls home, no sandbox as root. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Options for playwright's `chromium.launch()` (and `use.launchOptions`). */
export function launchOptions(): { executablePath: string; args: string[] } {
  return { executablePath: chromiumPath(), args: [...CHROMIUM_ARGS] };
}

/** Stops with a message that says how to install Chromium when it is missing. */
export function requireChromium(): string {
  const path = chromiumPath();
  if (!existsSync(path)) {
    console.error(`Chromium was not found at ${path}.
Install it with:   sudo apt-get update && sudo apt-get install -y chromium
or point CHROMIUM_PATH at a Chromium or Chrome binary.`);
    process.exit(1);
  }
  return path;
}
