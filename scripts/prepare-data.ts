/**
 * The data step of `npm start` and `npm run build`: a fresh clone must start with nothing beside it.
 *   - With the source documents (SEEDS_DIR, default ../shared/seeds): the full data build, which
 *     checks every quote against its document and refuses to write bad records.
 *   - Without them: the committed public/data/events.json is served as it is, with one line saying
 *     its quotes were not re-checked here. CI always has the documents, and it fails when the
 *     committed file differs from what the data build writes (.ci/run), so that file is the checked one.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { DATASET_FILE, ROOT, SEEDS_DIR } from './data/paths';

if (existsSync(SEEDS_DIR)) {
  const build = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-data.ts'], { cwd: ROOT, stdio: 'inherit' });
  process.exit(build.status ?? 1);
}

if (!existsSync(DATASET_FILE)) {
  console.error(`data: neither the source documents (${SEEDS_DIR}) nor ${relative(ROOT, DATASET_FILE)} were found; nothing to serve.`);
  process.exit(1);
}

console.log(
  `data: serving the committed ${relative(ROOT, DATASET_FILE)}; its quotes were not re-checked (no source documents at ${SEEDS_DIR}): to check them, set SEEDS_DIR to the documents' folder and run npm run build:data.`,
);
