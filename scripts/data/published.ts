import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  CONTEXT_FILE,
  OUTLINE_FILE,
  joinPublished,
  splitPublished,
  translationFile,
  type ContextFile,
  type TranslationFile,
} from '../../src/domain/published-files';
import type { Dataset } from '../../src/domain/schema';

// One line each: browsers read these on slow networks (indentation cost ~4 KB gzipped); data/ holds the readable records.
const line = (value: unknown) => `${JSON.stringify(value)}\n`;
const TRANSLATION_FILE = /^events\.([a-z]{2,3})\.json$/;

/**
 * Writes the dataset as the files the app fetches: `coreFile` and its side files beside it; stale side files go.
 * Returns the side files' names, as the core file lists them.
 */
export function writePublished(dataset: Dataset, coreFile: string): NonNullable<Dataset['parts']> {
  const dir = dirname(coreFile);
  mkdirSync(dir, { recursive: true });
  const { core, outline, context, translations } = splitPublished(dataset);
  writeFileSync(coreFile, line(core));
  writeFileSync(join(dir, OUTLINE_FILE), line(outline));
  writeFileSync(join(dir, CONTEXT_FILE), line(context));
  const written = new Set(translations.map((file) => translationFile(file.lang)));
  for (const file of translations) writeFileSync(join(dir, translationFile(file.lang)), line(file));
  for (const name of readdirSync(dir)) if (TRANSLATION_FILE.test(name) && !written.has(name)) rmSync(join(dir, name));
  return core.parts ?? {};
}

/** The published files in `coreFile`'s folder joined into one dataset (what the app shows with every file loaded). */
export function readPublished(coreFile: string): Dataset {
  const dir = dirname(coreFile);
  const read = <T>(name: string): T | undefined => (existsSync(join(dir, name)) ? (JSON.parse(readFileSync(join(dir, name), 'utf8')) as T) : undefined);
  const core = JSON.parse(readFileSync(coreFile, 'utf8')) as Dataset;
  const translations = readdirSync(dir)
    .filter((name) => TRANSLATION_FILE.test(name))
    .map((name) => read<TranslationFile>(name)!);
  return joinPublished(core, read<ContextFile>(CONTEXT_FILE), translations);
}
