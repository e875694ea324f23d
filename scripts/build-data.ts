/**
 * npm run build:data: validate data/ and write public/data/events.json and its side files
 * (context.json, events.<lang>.json: see src/domain/published-files.ts).
 * Exits 1 and writes nothing if any record is wrong, or an event of the last published version is gone
 * without a reason in data/withdrawn.json. Appends what changed since that version to data/CHANGELOG.json
 * and publishes it beside the dataset (changelog.json); a build that changes nothing appends nothing.
 * It writes through the same module as
 * npm run data:publish (scripts/data/publish/publish.ts), in the small form.
 * With the source documents, every quote is checked against its document, its stored anchor and the
 * document's recorded hash; without them (a fresh clone), against its stored anchor only, and it says so.
 *   SEEDS_DIR   where the source documents are (default ../shared/seeds)
 *   DATA_DIR    curated records (default data/)
 *   OUT_FILE    output (default public/data/events.json; the last published version is read from it first)
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { changelogSchema, type Changelog } from '../src/domain/changelog';
import { nextChangelog } from './data/changelog';
import {
  CHANGELOG_FILE as changelogFile,
  DATA_DIR as dataDir,
  DATASET_FILE as outFile,
  PUBLISHED_CHANGELOG_FILE as publishedChangelogFile,
  ROOT as root,
  SEEDS_DIR as seedsDir,
  WITHDRAWN_FILE as withdrawnFile,
} from './data/paths';
import { readLastPublished, type PublishedDataset } from './data/last-published';
import { readDocuments, readRecordDir, readRecordFile } from './data/read-records';
import { buildDataset } from './data/validate-records';
import { writeSmallForm } from './data/publish/publish';

function fail(lines: string[]): never {
  console.error(lines.join('\n'));
  console.error('\nbuild:data: nothing was written.');
  process.exit(1);
}

const haveDocuments = existsSync(seedsDir);
const today = new Date().toISOString().slice(0, 10);

function lastPublished(): PublishedDataset | undefined {
  try {
    return readLastPublished(outFile);
  } catch (error) {
    fail([`build:data: cannot read the last published version: ${(error as Error).message}.`]);
  }
}

function readChangelog(): Changelog {
  const file = relative(root, changelogFile);
  if (!existsSync(changelogFile)) return [];
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(changelogFile, 'utf8'));
  } catch (error) {
    fail([`build:data: ${file}: (file): not valid JSON: ${(error as Error).message}`]);
  }
  const result = changelogSchema.safeParse(json);
  if (!result.success)
    fail(result.error.issues.map((issue) => `build:data: ${file}: ${issue.path.join('.') || '(file)'}: ${issue.message}`));
  return result.data;
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

const previous = lastPublished();
const changelog = readChangelog();
const result = buildDataset(
  {
    actors: readRecords('actors'),
    events: readRecords('events'),
    documents: readRecordFile(join(dataDir, 'documents.json'), root),
    files: haveDocuments ? readDocuments(seedsDir) : null,
    withdrawals: existsSync(withdrawnFile) ? readRecordFile(withdrawnFile, root) : null,
  },
  today,
  previous,
);

if (!result.ok) {
  fail([
    `build:data: ${result.problems.length} problem(s) in the curated records:`,
    ...result.problems.map((p) => `  ${p.record}: ${p.field}: ${p.message}`),
  ]);
}

const changes = nextChangelog(changelog, previous, result.dataset, today);
writeSmallForm(result.dataset, outFile);
writeFileSync(publishedChangelogFile, `${JSON.stringify(changes)}\n`);
mkdirSync(dirname(changelogFile), { recursive: true });
writeFileSync(changelogFile, `${JSON.stringify(changes, null, 2)}\n`);
const { actors, events, version } = result.dataset;
console.log(`build:data: wrote ${events.length} events and ${actors.length} actors to ${outFile} (version ${version})`);
const appended = changes.slice(changelog.length);
for (const entry of appended) {
  const what = entry.unrecorded
    ? 'changes not recorded'
    : `${entry.added.length} added, ${entry.changed.length} changed, ${entry.removed.length} removed`;
  console.log(`build:data: changelog: version ${entry.version}: ${what}`);
}
if (!haveDocuments) {
  console.log(
    `build:data: no source documents at ${seedsDir}: each quote was checked against its stored anchor only; the quotes were not re-checked against the documents (set SEEDS_DIR to check them).`,
  );
}
