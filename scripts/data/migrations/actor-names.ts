/**
 * Migration: each actor's name in Belarusian and Russian (`names: { be, ru }`), chosen from its aliases.
 *
 *   npx tsx scripts/data/migrations/actor-names.ts      (DATA_DIR as for build:data)
 *
 * The Cyrillic aliases were curated in pairs, the Belarusian spelling first and the Russian one
 * after it ("Святлана Ціханоўская", "Светлана Тихановская", then "Ціханоўская", "Тихановская").
 * The rule takes the first two Cyrillic aliases as that pair only when nothing contradicts it:
 * the Belarusian one has no letter Belarusian never writes (и, щ, ъ), the Russian one none that
 * Russian never writes (і, ў, the apostrophe), and neither is a shortening of the other
 * ("Дональд Трамп", "Трамп" is one spelling and its surname, not a pair). Every other actor
 * (one spelling for both languages, a pair out of order, a name that is not the first alias) is
 * read by hand in actor-names.json beside this file; `null` there means the data has no name in
 * that language, and the reader sees the English one. A value that is not one of the actor's
 * aliases is refused: names are never invented, and search keeps finding every name shown.
 *
 * Re-runs safely: an actor that already has `names` is left as it is (a curator's edit wins).
 * Actors the rule cannot decide and the table does not list are printed, and get no names.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATA_DIR } from '../paths';

type Names = { be?: string; ru?: string };
interface ActorFile {
  id: string;
  aliases?: string[];
  names?: Names;
  [key: string]: unknown;
}
type TableEntry = { be: string | null; ru: string | null; why: string };

const CYRILLIC = /\p{Script=Cyrillic}/u;
/** Letters Russian never writes: і, ў, and the apostrophe Belarusian writes where Russian has ь or ъ (Дар'я, Дарья). */
const BELARUSIAN_ONLY = /[іўІЎ'’ʼ]/;
/** Letters Belarusian never writes. */
const RUSSIAN_ONLY = /[ищъИЩЪ]/;

const here = dirname(fileURLToPath(import.meta.url));
const { _about: _, ...table } = JSON.parse(readFileSync(join(here, 'actor-names.json'), 'utf8')) as Record<string, TableEntry> & {
  _about: string;
};

const words = (text: string) => text.toLowerCase().split(/\s+/);
/** "Трамп" in "Дональд Трамп": one is the other with words left out. */
const shortens = (a: string, b: string) => {
  const [long, short] = a.length >= b.length ? [words(a), words(b)] : [words(b), words(a)];
  return short.every((word) => long.includes(word));
};

/** The pair rule, or null when the first two Cyrillic aliases may not be a Belarusian and a Russian spelling. */
export function pairedNames(aliases: readonly string[]): Names | null {
  const [be, ru] = aliases.filter((alias) => CYRILLIC.test(alias));
  if (!be || !ru) return null;
  if (RUSSIAN_ONLY.test(be) || BELARUSIAN_ONLY.test(ru) || shortens(be, ru)) return null;
  return { be, ru };
}

const problems: string[] = [];
const undecided: string[] = [];
const dir = join(DATA_DIR, 'actors');
const files = readdirSync(dir).filter((name) => name.endsWith('.json'));
const ids = new Set(files.map((name) => name.slice(0, -'.json'.length)));
for (const id of Object.keys(table)) if (!ids.has(id)) problems.push(`actor-names.json: ${id}: no such actor`);

const writes: [path: string, actor: ActorFile][] = [];
for (const file of files) {
  const path = join(dir, file);
  const actor = JSON.parse(readFileSync(path, 'utf8')) as ActorFile;
  if (actor.names) continue;
  const aliases = actor.aliases ?? [];
  const entry = table[actor.id];
  let names: Names | null;
  if (entry) {
    names = {};
    for (const lang of ['be', 'ru'] as const) {
      const name = entry[lang];
      if (name === null) continue;
      if (!aliases.includes(name)) problems.push(`actor-names.json: ${actor.id}: ${lang} "${name}" is not one of its aliases`);
      names[lang] = name;
    }
  } else {
    names = pairedNames(aliases);
    if (!names && aliases.some((alias) => CYRILLIC.test(alias))) undecided.push(actor.id);
  }
  if (!names || (!names.be && !names.ru)) continue;
  // Right after the aliases it is chosen from.
  const written = Object.fromEntries(
    Object.entries(actor).flatMap(([key, value]) => (key === 'aliases' ? [[key, value], ['names', names]] : [[key, value]])),
  ) as ActorFile;
  writes.push([path, written]);
}

if (problems.length) {
  for (const problem of problems) console.error(problem);
  console.error('actor-names: nothing written');
  process.exit(1);
}
for (const [path, actor] of writes) writeFileSync(path, `${JSON.stringify(actor, null, 2)}\n`);
console.log(`actor-names: names set on ${writes.length} actors`);
for (const id of undecided) console.log(`  ${id}: Cyrillic aliases, but not a Belarusian and Russian pair; add it to actor-names.json`);
