/**
 * Synthetic datasets for the benchmark, made by the project's generator
 * (scripts/synthetic/generate.ts) and written under dist-synthetic/, named by a hash of
 * their bytes. Generating is cheap (about 3 s for 100,000 events); what the cache saves is
 * the schema validation and the facts below. The hash labels the data in the report:
 * sizes measured in separate runs with equal hashes ran on identically generated data.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVENT_TYPES, type EventType } from '../../src/domain/event-types';
import { outlineOf } from '../../src/domain/published-files';
import { datasetSchema, type Dataset } from '../../src/domain/schema';
import { actorSearchText, searchText, tokens } from '../../scripts/synthetic/fold';
import { generateDataset } from '../../scripts/synthetic/generate';
import type { Scenario } from './types';

export interface DataInfo {
  n: number;
  file: string;
  bytes: number;
  /** sha256 of the JSON bytes (first 10 hex digits). */
  dataHash: string;
  scenario: Scenario;
  /** Events each filter should leave, computed here from the data. */
  expected: { type: number; actor: number; search: number };
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
  const t0 = performance.now();
  const dataset = generateDataset({ events: n, seed: options.seed });
  const text = JSON.stringify(dataset);
  const dataHash = createHash('sha256').update(text).digest('hex').slice(0, 10);
  const dir = join(root, 'dist-synthetic');
  const base = join(dir, `bench-${n}-seed${options.seed}-${dataHash}`);
  const file = `${base}.json`;
  const factsFile = `${base}.facts.json`;
  const key = `${options.type}|${options.query}`;
  // Its outline beside it, as the data build publishes one (src/domain/published-files.ts): the app's first screen reads it.
  const outlineFile = `${base}.outline.json`;
  if (!existsSync(outlineFile)) {
    writeFileSync(`${outlineFile}.tmp`, JSON.stringify(outlineOf(dataset)));
    renameSync(`${outlineFile}.tmp`, outlineFile);
  }
  if (existsSync(file) && existsSync(factsFile)) {
    const cached = JSON.parse(readFileSync(factsFile, 'utf8')) as DataInfo & { key: string };
    if (cached.key === key && statSync(file).size === cached.bytes) return { ...cached, file };
  }
  datasetSchema.parse(dataset); // the app drops invalid events: the benchmark must not measure that
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
    dataHash,
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
  options.log(
    `generated ${n} events (${(info.bytes / 1e6).toFixed(1)} MB) in ${((performance.now() - t0) / 1000).toFixed(1)} s -> ${file}`,
  );
  return info;
}
