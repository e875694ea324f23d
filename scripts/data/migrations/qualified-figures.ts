/**
 * Migration: bare-number figures → { value, qualifier }, and who counted each statistic.
 *
 *   npx tsx scripts/data/migrations/qualified-figures.ts      (DATA_DIR, SEEDS_DIR as for build:data)
 *
 * Reads three hand-curated tables beside this file and rewrites data/events/*.json:
 *   figure-qualifiers.json  event id → figure → { qualifier, words } (the words of a quote that
 *                           state the figure) or { qualifier, counted } (a figure the quote does
 *                           not state as a number, e.g. a count of the names it lists);
 *   figure-quotes.json      event id → sentences of the event's own document that state a figure
 *                           its quotes left out, added as sources beside the existing one;
 *   counted-by.json         event id → countedBy / quotedBy, with the words that show it.
 * It re-runs safely on a fresh copy of data/ (e.g. after a merge): figures already qualified,
 * quotes already present and fields already set are left as they are. It refuses, and writes
 * nothing, when a table and the data disagree: a figure missing from the table, words not in
 * the quotes, a sentence not in the document, an unknown actor.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATA_DIR, SEEDS_DIR } from '../paths';
import { FIGURE_QUALIFIERS, type FigureQualifier } from '../../../src/domain/schema';

type Json = Record<string, unknown>;
interface QualifierEntry {
  qualifier: FigureQualifier;
  words?: string;
  counted?: string;
}
interface CountedByEntry {
  countedBy?: string;
  quotedBy?: string;
  words?: string;
  ownVoice?: string;
}
interface SourceRecord {
  document: string;
  publisher: string;
  quote: string;
  [key: string]: unknown;
}

const here = dirname(fileURLToPath(import.meta.url));
const table = <T>(name: string) => JSON.parse(readFileSync(join(here, name), 'utf8')) as T;
const qualifiers = table<Record<string, Record<string, QualifierEntry>>>('figure-qualifiers.json');
const addedQuotes = table<Record<string, string[]>>('figure-quotes.json');
const { notNamed, _about: _, ...countedBy } = table<Record<string, CountedByEntry> & { notNamed: Record<string, string>; _about: string }>('counted-by.json');

const problems: string[] = [];
const eventsDir = join(DATA_DIR, 'events');
const actorsDir = join(DATA_DIR, 'actors');
const actors = new Map(
  readdirSync(actorsDir)
    .filter((n) => n.endsWith('.json'))
    .map((n) => {
      const actor = JSON.parse(readFileSync(join(actorsDir, n), 'utf8')) as { id: string; name: string };
      return [actor.id, actor] as const;
    }),
);

/** Keeps the record's key order, putting `key` after `after` when it is new. */
function setAfter(record: Json, after: string, key: string, value: unknown): Json {
  if (key in record) return { ...record, [key]: value };
  const out: Json = {};
  for (const [k, v] of Object.entries(record)) {
    out[k] = v;
    if (k === after) out[key] = value;
  }
  if (!(key in out)) out[key] = value;
  return out;
}

function migrate(event: Json): Json {
  const id = String(event.id);
  const sources = event.sources as SourceRecord[];

  for (const quote of addedQuotes[id] ?? []) {
    if (sources.some((s) => s.quote === quote)) continue;
    const like = sources[0]!;
    const text = readFileSync(join(SEEDS_DIR, like.document), 'utf8');
    if (!text.includes(quote)) problems.push(`${id}: figure-quotes.json: not in ${like.document}: "${quote}"`);
    // The same document, publisher, headline and date as the event's source: a sentence of the same article.
    const { document, publisher, headline, published } = like;
    sources.push({ document, publisher, headline, ...(published === undefined ? {} : { published }), quote } as SourceRecord);
  }
  const quotes = sources.map((s) => s.quote).join('\n');

  const figures = event.figures as Record<string, unknown> | undefined;
  if (figures) {
    const entries = qualifiers[id] ?? {};
    for (const [name, figure] of Object.entries(figures)) {
      if (typeof figure !== 'number') continue; // already qualified
      const entry = entries[name];
      if (!entry) {
        problems.push(`${id}: figures.${name}: no qualifier in figure-qualifiers.json`);
        continue;
      }
      if (!FIGURE_QUALIFIERS.includes(entry.qualifier)) problems.push(`${id}: figures.${name}: unknown qualifier "${entry.qualifier}"`);
      if (entry.words === undefined && entry.counted === undefined) problems.push(`${id}: figures.${name}: neither words nor counted`);
      if (entry.words !== undefined && !quotes.includes(entry.words)) problems.push(`${id}: figures.${name}: "${entry.words}" is not in the quotes`);
      figures[name] = { value: figure, qualifier: entry.qualifier };
    }
  }

  const who = countedBy[id];
  let out = event;
  if (who) {
    if (who.words !== undefined && !quotes.includes(who.words)) problems.push(`${id}: counted-by.json: "${who.words}" is not in the quotes`);
    if (who.ownVoice !== undefined && who.countedBy !== undefined && !sources.some((s) => s.publisher === actors.get(who.countedBy!)?.name)) {
      problems.push(`${id}: counted-by.json: ownVoice, but no source is published by ${who.countedBy}`);
    }
    for (const key of ['countedBy', 'quotedBy'] as const) {
      const actorId = who[key];
      if (actorId === undefined) continue;
      if (!actors.has(actorId)) problems.push(`${id}: counted-by.json: unknown actor "${actorId}"`);
      out = setAfter(out, figures ? 'figures' : 'actors', key, actorId);
    }
  }
  if (id in notNamed && !quotes.includes(notNamed[id]!)) problems.push(`${id}: counted-by.json notNamed: "${notNamed[id]}" is not in the quotes`);
  return out;
}

const files = readdirSync(eventsDir).filter((n) => n.endsWith('.json')).sort();
const seen = new Set<string>();
const changed: [string, string][] = [];
for (const name of files) {
  const path = join(eventsDir, name);
  const before = readFileSync(path, 'utf8');
  const event = JSON.parse(before) as Json;
  seen.add(String(event.id));
  const after = `${JSON.stringify(migrate(event), null, 2)}\n`;
  if (after !== before) changed.push([path, after]);
}
for (const id of [...Object.keys(qualifiers), ...Object.keys(addedQuotes), ...Object.keys(countedBy), ...Object.keys(notNamed)]) {
  if (!seen.has(id)) problems.push(`${id}: in a table but no such event in ${eventsDir}`);
}

if (problems.length) {
  console.error(`qualified-figures: ${problems.length} problem(s); nothing was written:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
for (const [path, text] of changed) writeFileSync(path, text);
console.log(`qualified-figures: ${changed.length} event file(s) rewritten, ${files.length - changed.length} already up to date.`);
