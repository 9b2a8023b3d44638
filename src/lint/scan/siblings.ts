import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { FileEntry } from '../files/types.ts';
import type { SourceFile } from '../source-file.ts';

/** Files of one folder handed to extractors as siblings: small ones, a bounded number. */
const MAX_SIBLINGS = 64;
const MAX_SIBLING_BYTES = 256 * 1024;
const MAX_FOLDERS = 256;

const folders = new Map<string, readonly SourceFile[]>();

/**
 * The other files of an entry's folder, read once per folder and only when
 * an extractor asks (a request whose Docker context or pin may sit in a
 * sibling, a `--data @file`). A folder that cannot be read has none.
 */
export function siblingsOf(entry: FileEntry): () => readonly SourceFile[] {
  return () => {
    const folder = path.dirname(entry.location);
    let files = folders.get(folder);
    if (!files) {
      files = readFolder(folder, path.posix.dirname(entry.path));
      if (folders.size >= MAX_FOLDERS) folders.clear();
      folders.set(folder, files);
    }
    return files.filter((file) => file.path !== entry.path);
  };
}

/** The folder's files by name; each text is read when first asked for (most never are). */
function readFolder(folder: string, relative: string): SourceFile[] {
  try {
    const files: SourceFile[] = [];
    for (const dirent of readdirSync(folder, { withFileTypes: true })) {
      if (files.length >= MAX_SIBLINGS) break;
      if (!dirent.isFile()) continue;
      const location = path.join(folder, dirent.name);
      let text: string | undefined;
      files.push({
        path: relative === '.' ? dirent.name : `${relative}/${dirent.name}`,
        get text() {
          text ??= readSmall(location);
          return text;
        },
      });
    }
    return files;
  } catch {
    return [];
  }
}

/** A small text file's content; empty for a large, binary or unreadable one. */
function readSmall(location: string): string {
  try {
    if (statSync(location).size > MAX_SIBLING_BYTES) return '';
    const text = readFileSync(location, 'utf8');
    return text.includes('\u0000') ? '' : text;
  } catch {
    return '';
  }
}
