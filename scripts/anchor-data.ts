/**
 * npm run data:anchor: (re)writes every quote's anchor (W3C TextQuoteSelector and TextPositionSelector)
 * into data/events/*.json, and each document's SHA-256 into data/documents.json, from the source documents.
 * Run it after adding a source or after re-reading quotes against a changed document; then npm run build:data.
 * An anchor that still fits keeps its `checked` day; a new or moved one gets today's. Writes nothing if
 * any quote is not found verbatim in its document.
 *   SEEDS_DIR, DATA_DIR as for build:data
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Source } from '../src/domain/schema';
import { computeAnchor } from './data/anchors';
import { DATA_DIR, ROOT, SEEDS_DIR } from './data/paths';
import { readDocuments, readRecordDir } from './data/read-records';

function fail(lines: string[]): never {
  console.error(lines.join('\n'));
  console.error('\ndata:anchor: nothing was written.');
  process.exit(1);
}

if (!existsSync(SEEDS_DIR))
  fail([`data:anchor: the source documents were not found at ${SEEDS_DIR}; anchors are computed from them. Set SEEDS_DIR.`]);

const files = readDocuments(SEEDS_DIR);
const today = new Date().toISOString().slice(0, 10);
const problems: string[] = [];
const writes = new Map<string, string>();
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

const documentsPath = join(DATA_DIR, 'documents.json');
let documents: { id: string; sha256?: string }[] = [];
try {
  documents = JSON.parse(readFileSync(documentsPath, 'utf8')) as typeof documents;
} catch (error) {
  fail([`data:anchor: cannot read ${documentsPath}: ${(error as Error).message}`]);
}
const rehashed = new Set<string>();
for (const document of documents) {
  const file = files.get(document.id);
  if (!file) problems.push(`document ${document.id}: id: not among the source documents in ${SEEDS_DIR}`);
  else if (document.sha256 !== file.sha256) {
    document.sha256 = file.sha256;
    rehashed.add(document.id);
  }
}
writes.set(documentsPath, json(documents));

type RawSource = Partial<Source> & Record<string, unknown>;
let anchored = 0;
let sources = 0;
for (const record of readRecordDir(join(DATA_DIR, 'events'), ROOT)) {
  const event = record.data as { id?: string; sources?: RawSource[] } | undefined;
  if (record.parseError || !event || !Array.isArray(event.sources)) {
    problems.push(`${record.file}: not a readable event record (${record.parseError ?? 'no sources'})`);
    continue;
  }
  let changed = false;
  event.sources = event.sources.map((source, index) => {
    sources++;
    const file = typeof source.document === 'string' ? files.get(source.document) : undefined;
    if (!file || typeof source.quote !== 'string' || typeof source.headline !== 'string') {
      problems.push(`event ${event.id}: sources[${index}].document: unknown document or no quote`);
      return source;
    }
    const anchor = computeAnchor(file.text, { quote: source.quote, headline: source.headline, selector: source.selector });
    if (!anchor) {
      problems.push(`event ${event.id}: sources[${index}].quote: not found verbatim in ${source.document}: "${source.quote.slice(0, 80)}"`);
      return source;
    }
    // A changed document's quotes are checked again today, even where they did not move.
    const same = JSON.stringify(anchor) === JSON.stringify(source.selector) && !rehashed.has(source.document!);
    if (same && source.checked) return source;
    changed = true;
    anchored++;
    const { selector: _selector, checked: _checked, ...rest } = source;
    return { ...rest, selector: anchor, checked: same && source.checked ? source.checked : today };
  });
  if (changed) writes.set(join(ROOT, record.file), json(event));
}

if (problems.length) fail([`data:anchor: ${problems.length} problem(s):`, ...problems.map((p) => `  ${p}`)]);
for (const [path, text] of writes) if (!existsSync(path) || readFileSync(path, 'utf8') !== text) writeFileSync(path, text);
console.log(
  `data:anchor: ${anchored} of ${sources} quotes (re)anchored, ${rehashed.size} document hash(es) recorded. Now run npm run build:data.`,
);
