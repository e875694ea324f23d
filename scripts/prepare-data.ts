/**
 * The data step of `npm start` and `npm run build`: a fresh clone must start with nothing beside it.
 * It runs the data build either way, which refuses to write bad records:
 *   - with the source documents (SEEDS_DIR, default ../shared/seeds), every quote is checked against
 *     its document, its stored anchor and the document's recorded SHA-256;
 *   - without them, every quote is checked against its stored anchor only, and the build says in one
 *     line that the quotes were not re-checked against the documents. CI always has the documents, and
 *     it fails when the committed file differs from what the data build writes (.ci/run).
 */
import { spawnSync } from 'node:child_process';
import { ROOT } from './data/paths';

const build = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-data.ts'], { cwd: ROOT, stdio: 'inherit' });
process.exit(build.status ?? 1);
