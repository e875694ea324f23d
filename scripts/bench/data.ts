/**
 * Synthetic datasets for the benchmark, made by the project's generator
 * (scripts/synthetic/generate.ts) and cached under dist-synthetic/. The cache key
 * includes a hash of the generator's sources, so a changed generator regenerates.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVENT_TYPES, type EventType } from '../../src/domain/event-types';
import { datasetSchema, type Dataset } from '../../src/domain/schema';
import { generateDataset } from '../synthetic/generate';
import { actorSearchText, searchText, tokens } from './fold';
import type { Scenario } from './types';

export interface DataInfo {
  n: number;
  file: string;
  bytes: number;
  /** Hash of the generator's sources: the cache key, and a label in the report. */
  generator: string;
  scenario: Scenario;
  /** Events each filter should leave, computed here from the data. */
  expected: { type: number; actor: number; search: number };
}

/** The generator and the domain modules it imports (all of them, to be safe): any change regenerates. */
function generatorHash(root: string): string {
  const domain = readdirSync(join(root, 'src/domain'))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .sort()
    .map((f) => `src/domain/${f}`);
  const hash = createHash('sha256');
  for (const file of ['scripts/synthetic/generate.ts', ...domain]) hash.update(file).update(readFileSync(join(root, file)));
  return hash.digest('hex').slice(0, 10);
}

/** The actor with the most events (ties: smallest id), so the actor filter keeps a visible handful. */
function busiestActor(dataset: Dataset): { id: string; name: string; count: number } {
  const counts = new Map<string, number>();
  for (const event of dataset.events) for (const id of event.actors) counts.set(id, (counts.get(id) ?? 0) + 1);
  let best: [string, number] = ['', -1];
  for (const entry of counts) if (entry[1] > best[1] || (entry[1] === best[1] && entry[0] < best[0])) best = entry;
  const actor = dataset.actors.find((a) => a.id === best[0]);
  if (!actor) throw new Error('dataset has no actors');
  return { id: actor.id, name: actor.name, count: best[1] };
}

export function ensureDataset(
  root: string,
  n: number,
  options: { seed: number; query: string; type: EventType; log: (message: string) => void },
): DataInfo {
  const dir = join(root, 'dist-synthetic');
  const generator = generatorHash(root);
  const base = join(dir, `bench-${n}-seed${options.seed}-${generator}`);
  const file = `${base}.json`;
  const factsFile = `${base}.facts.json`;
  const key = `${options.type}|${options.query}`;
  if (existsSync(file) && existsSync(factsFile)) {
    const cached = JSON.parse(readFileSync(factsFile, 'utf8')) as DataInfo & { key: string };
    if (cached.key === key && statSync(file).size === cached.bytes) return { ...cached, file };
  }
  const t0 = performance.now();
  const dataset = generateDataset({ events: n, seed: options.seed });
  datasetSchema.parse(dataset); // the app drops invalid events: the benchmark must not measure that
  const text = JSON.stringify(dataset);
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);

  const actor = busiestActor(dataset);
  const actorText = new Map(dataset.actors.map((a) => [a.id, actorSearchText(a)]));
  const words = tokens(options.query);
  const info: DataInfo = {
    n,
    file,
    bytes: Buffer.byteLength(text),
    generator,
    scenario: {
      n,
      type: options.type,
      typeLabel: EVENT_TYPES[options.type].label,
      actorId: actor.id,
      actorName: actor.name,
      query: options.query,
      zoom: { from: '2023-06-01', to: '2023-07-01' },
      pan: { from: '2024-03-01', to: '2024-03-31' },
    },
    expected: {
      type: dataset.events.filter((e) => e.type === options.type).length,
      actor: actor.count,
      search: dataset.events.filter((e) => {
        const hay = searchText(e, actorText);
        return words.every((w) => hay.includes(w));
      }).length,
    },
  };
  writeFileSync(factsFile, JSON.stringify({ ...info, key }, null, 1));
  options.log(`generated ${n} events (${(info.bytes / 1e6).toFixed(1)} MB) in ${((performance.now() - t0) / 1000).toFixed(1)} s -> ${file}`);
  return info;
}
