import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { RecordFile } from './validate-records';

/** Every .json record in the folder. Throws if the folder is not there: no records would otherwise pass as an empty dataset. */
export function readRecordDir(dir: string, root: string): RecordFile[] {
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) throw new Error(`the folder ${dir} was not found`);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const path = join(dir, name);
      const file = relative(root, path);
      const base = name.slice(0, -'.json'.length);
      try {
        return { file, name: base, data: JSON.parse(readFileSync(path, 'utf8')) as unknown };
      } catch (error) {
        return { file, name: base, data: undefined, parseError: (error as Error).message };
      }
    });
}

/** Every .txt document in the seeds folder, by file name. */
export function readDocuments(dir: string): Map<string, string> {
  const documents = new Map<string, string>();
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
    documents.set(name, readFileSync(join(dir, name), 'utf8'));
  }
  return documents;
}
