/**
 * npm run data:publish -- --actors ACTORS.json --events EVENTS.ndjson --out DIR
 *                         [--documents DOCUMENTS.json] [--version V] [--threshold N]
 * Publishes a dataset in the published format (the actors as a JSON array, one event a line) as the
 * files the app fetches: the small form up to N events (default 50,000), the large form (Parquet and
 * overviews, docs/large-form.md) above; DIR/manifest.json says which. Every record is checked with the
 * app's schemas; with any problem, it names the line and the field, exits 1 and writes nothing.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_THRESHOLD, publish } from './data/publish/publish';

function usage(): never {
  console.error(
    'usage: npm run data:publish -- --actors ACTORS.json --events EVENTS.ndjson --out DIR [--documents DOCUMENTS.json] [--version V] [--threshold N]',
  );
  process.exit(2);
}

function args() {
  return parseArgs({
    options: {
      actors: { type: 'string' },
      events: { type: 'string' },
      documents: { type: 'string' },
      out: { type: 'string' },
      version: { type: 'string' },
      threshold: { type: 'string', default: String(DEFAULT_THRESHOLD) },
    },
  }).values;
}

let values: ReturnType<typeof args>;
try {
  values = args();
} catch (error) {
  console.error((error as Error).message);
  usage();
}
const threshold = Number(values.threshold);
if (!values.actors || !values.events || !values.out || !Number.isInteger(threshold) || threshold < 0) usage();
if (values.version !== undefined && (values.version.length < 1 || values.version.length > 200)) {
  console.error('data:publish: --version must be 1 to 200 characters');
  process.exit(2);
}

const started = Date.now();
const result = await publish({
  ...values,
  actors: values.actors!,
  events: values.events!,
  out: values.out!,
  threshold,
  log: (message) => console.log(`data:publish: ${message}`),
});
if (!result.ok) {
  console.error(`data:publish: ${result.problems.length} problem(s) (${result.count} events read):`);
  for (const problem of result.problems) console.error(`  ${problem}`);
  console.error('\ndata:publish: nothing was written.');
  process.exit(1);
}
const { form, events, actors, version } = result.manifest;
console.log(
  `data:publish: ${events} events and ${actors} actors, ${form} form, version ${version} -> ${values.out} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
);
