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
