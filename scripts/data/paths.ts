/** Where the data build reads and writes, from the environment or the defaults; one place for every script. */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The curated records. */
export const DATA_DIR = resolve(ROOT, process.env.DATA_DIR ?? 'data');
/** The source documents the quotes are checked against. */
export const SEEDS_DIR = resolve(ROOT, process.env.SEEDS_DIR ?? '../shared/seeds');
/** The published dataset the app fetches. */
export const DATASET_FILE = resolve(ROOT, process.env.OUT_FILE ?? 'public/data/events.json');
/** The events withdrawn since they were published, each with its reason (curated). */
export const WITHDRAWN_FILE = resolve(DATA_DIR, 'withdrawn.json');
/** What changed in each published version, appended by the data build (kept with the curated records). */
export const CHANGELOG_FILE = resolve(DATA_DIR, 'CHANGELOG.json');
/** The changelog as the app fetches it, beside the dataset. */
export const PUBLISHED_CHANGELOG_FILE = resolve(dirname(DATASET_FILE), 'changelog.json');
