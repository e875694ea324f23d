/**
 * npm run data:synthetic -- --events N [--seed S] [--actors A] [--out FILE]
 * Writes a synthetic dataset, valid in the published format, to FILE
 * (default dist-synthetic/synthetic-N.json).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { datasetSchema } from '../src/domain/schema';
import { generateDataset } from './synthetic/generate';

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '20260101' },
    actors: { type: 'string', default: '1000' },
    out: { type: 'string' },
  },
});

const events = Number(values.events);
const seed = Number(values.seed);
const actors = Number(values.actors);
if (![events, seed, actors].every(Number.isInteger) || events < 0 || actors < 1) {
  console.error('usage: npm run data:synthetic -- --events N [--seed S] [--actors A] [--out FILE]');
  process.exit(2);
}
const dataset = generateDataset({ events, seed, actors });
datasetSchema.parse(dataset);
const out = resolve(values.out ?? `dist-synthetic/synthetic-${events}.json`);
mkdirSync(dirname(out), { recursive: true });
const text = JSON.stringify(dataset);
writeFileSync(out, text);
console.log(
  `data:synthetic: ${events} events, ${dataset.actors.length} actors, ${(text.length / 1e6).toFixed(1)} MB ` +
    `(${Math.round(text.length / Math.max(1, events))} bytes per event) -> ${out}`,
);
