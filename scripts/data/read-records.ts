import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { DocumentFile } from './anchors';
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

/** One JSON file as a record (data/documents.json); a missing file reads as a parse error that names it. */
export function readRecordFile(path: string, root: string): RecordFile {
  const file = relative(root, path);
  const name = file.replace(/\.json$/, '');
  try {
    return { file, name, data: JSON.parse(readFileSync(path, 'utf8')) as unknown };
  } catch (error) {
    return { file, name, data: undefined, parseError: (error as Error).message };
  }
}

/** Every .txt document in the seeds folder, by file name: its text and the SHA-256 of its exact bytes. */
export function readDocuments(dir: string): Map<string, DocumentFile> {
  const documents = new Map<string, DocumentFile>();
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
    const bytes = readFileSync(join(dir, name));
    documents.set(name, { text: bytes.toString('utf8'), sha256: createHash('sha256').update(bytes).digest('hex') });
  }
  return documents;
}
