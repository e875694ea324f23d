/**
 * npm run build:data: validate data/ and write public/data/events.json and its side files
 * (context.json, events.<lang>.json: see src/domain/published-files.ts).
 * Exits 1 and writes nothing if any record is wrong. It writes through the same module as
 * npm run data:publish (scripts/data/publish/publish.ts), in the small form.
 * With the source documents, every quote is checked against its document, its stored anchor and the
 * document's recorded hash; without them (a fresh clone), against its stored anchor only, and it says so.
 *   SEEDS_DIR   where the source documents are (default ../shared/seeds)
 *   DATA_DIR    curated records (default data/)
 *   OUT_FILE    output (default public/data/events.json); the side files go beside it
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR as dataDir, DATASET_FILE as outFile, ROOT as root, SEEDS_DIR as seedsDir } from './data/paths';
import { readDocuments, readRecordDir, readRecordFile } from './data/read-records';
import { buildDataset } from './data/validate-records';
import { writeSmallForm } from './data/publish/publish';

function fail(lines: string[]): never {
  console.error(lines.join('\n'));
  console.error('\nbuild:data: nothing was written.');
  process.exit(1);
}

const haveDocuments = existsSync(seedsDir);

function previousVersion(): string | undefined {
  try {
    return (JSON.parse(readFileSync(outFile, 'utf8')) as { version?: string }).version;
  } catch {
    return undefined;
  }
}

function readRecords(kind: 'actors' | 'events') {
  try {
    return readRecordDir(join(dataDir, kind), root);
  } catch (error) {
    fail([
      `build:data: cannot read the curated ${kind}: ${(error as Error).message}.`,
      'Set DATA_DIR to the folder that holds actors/ and events/.',
    ]);
  }
}

const result = buildDataset(
  {
    actors: readRecords('actors'),
    events: readRecords('events'),
    documents: readRecordFile(join(dataDir, 'documents.json'), root),
    files: haveDocuments ? readDocuments(seedsDir) : null,
  },
  new Date().toISOString().slice(0, 10),
  previousVersion(),
);

if (!result.ok) {
  fail([
    `build:data: ${result.problems.length} problem(s) in the curated records:`,
    ...result.problems.map((p) => `  ${p.record}: ${p.field}: ${p.message}`),
  ]);
}

writeSmallForm(result.dataset, outFile);
const { actors, events, version } = result.dataset;
console.log(`build:data: wrote ${events.length} events and ${actors.length} actors to ${outFile} (version ${version})`);
if (!haveDocuments) {
  console.log(
    `build:data: no source documents at ${seedsDir}: each quote was checked against its stored anchor only; the quotes were not re-checked against the documents (set SEEDS_DIR to check them).`,
  );
}
