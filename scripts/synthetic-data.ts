/**
 * npm run data:synthetic -- --events N [--seed S] [--actors A] [--out FILE]
 * Writes a synthetic dataset, valid in the published format, to FILE
 * (default dist-synthetic/synthetic-N.json).
 *
 * npm run data:synthetic -- --ndjson --events N [--seed S] [--actors A] --out DIR
 * Writes the same records as DIR/actors.json and DIR/events.ndjson (one event a line, in generation
 * order), streaming, for npm run data:publish: a million events never sit in memory.
 */
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { datasetSchema } from '../src/domain/schema';
import { generateDataset, generateRecords, type SyntheticOptions } from './synthetic/generate';

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '20260101' },
    actors: { type: 'string', default: '1000' },
    out: { type: 'string' },
    ndjson: { type: 'boolean', default: false },
  },
});

const events = Number(values.events);
const seed = Number(values.seed);
const actors = Number(values.actors);
if (![events, seed, actors].every(Number.isInteger) || events < 0 || actors < 1 || (values.ndjson && !values.out)) {
  console.error('usage: npm run data:synthetic -- --events N [--seed S] [--actors A] [--out FILE]');
  console.error('       npm run data:synthetic -- --ndjson --events N [--seed S] [--actors A] --out DIR');
  process.exit(2);
}

function writeJson(options: SyntheticOptions, out: string) {
  const dataset = generateDataset(options);
  datasetSchema.parse(dataset);
  mkdirSync(dirname(out), { recursive: true });
  const text = JSON.stringify(dataset);
  writeFileSync(out, text);
  console.log(
    `data:synthetic: ${events} events, ${dataset.actors.length} actors, ${(text.length / 1e6).toFixed(1)} MB ` +
      `(${Math.round(text.length / Math.max(1, events))} bytes per event) -> ${out}`,
  );
}

/** Records are checked by data:publish, which reads these files; here they are only written. */
function writeNdjson(options: SyntheticOptions, dir: string) {
  const records = generateRecords(options);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'actors.json'), JSON.stringify(records.actors));
  const fd = openSync(join(dir, 'events.ndjson'), 'w');
  let bytes = 0;
  let chunk: string[] = [];
  const flush = () => {
    const text = chunk.join('');
    bytes += Buffer.byteLength(text);
    writeSync(fd, text);
    chunk = [];
  };
  for (const event of records.events) {
    chunk.push(`${JSON.stringify(event)}\n`);
    if (chunk.length === 10_000) flush();
  }
  flush();
  closeSync(fd);
  console.log(
    `data:synthetic: ${events} events, ${records.actors.length} actors, ${(bytes / 1e6).toFixed(1)} MB of NDJSON -> ${dir}/events.ndjson, ${dir}/actors.json`,
  );
}

const options = { events, seed, actors };
if (values.ndjson) writeNdjson(options, resolve(values.out!));
else writeJson(options, resolve(values.out ?? `dist-synthetic/synthetic-${events}.json`));
