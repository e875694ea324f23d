/**
 * Migration: each source's publisher as an actor, where an actor is that publisher.
 *
 *   npx tsx scripts/data/migrations/publisher-actors.ts      (DATA_DIR as for build:data)
 *
 * Sets `publisherActor` on every source whose `publisher` is, letter for letter (case aside), the
 * name or an alias of exactly one actor ("Human Rights Center "Viasna"" → viasna). Publishers that
 * name no one ("News article (outlet not named in the document)") and names that fit no actor or
 * more than one are left as they are, and listed. Re-runs safely: a source that already has one is
 * left alone. Only the source objects change; every other byte of the record stays as it was written.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from '../paths';

interface Source {
  publisher: string;
  publisherActor?: string;
  [key: string]: unknown;
}

const actorsByName = new Map<string, Set<string>>();
for (const file of readdirSync(join(DATA_DIR, 'actors')).filter((name) => name.endsWith('.json'))) {
  const actor = JSON.parse(readFileSync(join(DATA_DIR, 'actors', file), 'utf8')) as { id: string; name: string; aliases?: string[] };
  for (const name of [actor.name, ...(actor.aliases ?? [])]) {
    const key = name.trim().toLowerCase();
    if (!actorsByName.has(key)) actorsByName.set(key, new Set());
    actorsByName.get(key)!.add(actor.id);
  }
}

const unmatched = new Map<string, number>();
let set = 0;
for (const file of readdirSync(join(DATA_DIR, 'events')).filter((name) => name.endsWith('.json'))) {
  const path = join(DATA_DIR, 'events', file);
  const event = JSON.parse(readFileSync(path, 'utf8')) as { sources: Source[] };
  let changed = false;
  event.sources = event.sources.map((source) => {
    if (source.publisherActor) return source;
    const ids = actorsByName.get(source.publisher.trim().toLowerCase());
    if (ids?.size !== 1) {
      unmatched.set(source.publisher, (unmatched.get(source.publisher) ?? 0) + 1);
      return source;
    }
    changed = true;
    set++;
    // Right after the publisher's name, which it identifies.
    return Object.fromEntries(
      Object.entries(source).flatMap(([key, value]) => (key === 'publisher' ? [[key, value], ['publisherActor', [...ids][0]]] : [[key, value]])),
    ) as Source;
  });
  if (changed) writeFileSync(path, `${JSON.stringify(event, null, 2)}\n`);
}
console.log(`publisher-actors: set on ${set} sources`);
for (const [publisher, count] of unmatched) console.log(`  no single actor for "${publisher}" (${count} sources)`);
