import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Directive } from '../../suppress/directives.ts';
import type { FileNotice } from '../files/types.ts';
import type { FileRole, Usage } from '../usage.ts';

/** Where ESLint keeps its own cache, and so where users look. */
export const DEFAULT_CACHE_LOCATION = 'node_modules/.cache/docker-api-compat/';

/** What one file gave the scan, with the stat that says it is still the same file. */
export interface FileRecord {
  readonly size: number;
  readonly mtime: number;
  readonly ino: number;
  /** Content hash, kept for files that passed the sieve (the ones worth not extracting again). */
  readonly hash?: string;
  /** The file was read as text (counted in `files`). */
  readonly text: boolean;
  readonly notice?: FileNotice;
  readonly usages?: readonly Usage[];
  readonly directives?: readonly Directive[];
  readonly role?: FileRole;
}

interface CacheFile {
  readonly format: 1;
  readonly key: string;
  readonly files: Record<string, FileRecord>;
}

/** The cache file for a location: a directory (ends with a separator, or exists as one) holds one file per working directory. */
export function cacheFilePath(location: string, cwd: string): string {
  const absolute = path.resolve(cwd, location);
  const isDir = /[\\/]$/.test(location) || isDirectory(absolute);
  if (!isDir) return absolute;
  const name = createHash('sha256').update(cwd).digest('hex').slice(0, 16);
  return path.join(absolute, `scan-${name}.json`);
}

/** The records of a cache written under `key`; none when it is absent or under another key; a note when it cannot be read. */
export function loadRecords(file: string, key: string): { records: Map<string, FileRecord>; note?: string } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { records: new Map() };
    return {
      records: new Map(),
      note: `cache ${file} is unreadable (${code ?? 'EIO'}): scanning every file`,
    };
  }
  try {
    const parsed = JSON.parse(text) as Partial<CacheFile> | null;
    if (parsed?.format !== 1 || typeof parsed.key !== 'string' || !isObject(parsed.files))
      throw new Error('not a cache file');
    if (parsed.key !== key) return { records: new Map() };
    return { records: new Map(Object.entries(parsed.files)) };
  } catch {
    return { records: new Map(), note: `cache ${file} is corrupt and was ignored: scanning every file` };
  }
}

/** Writes the records beside the cache file and renames them over it: a reader sees the old cache or the new, never half. */
export function saveRecords(
  file: string,
  key: string,
  records: ReadonlyMap<string, FileRecord>,
): string | undefined {
  const body: CacheFile = { format: 1, key, files: Object.fromEntries(records) };
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(temporary, JSON.stringify(body));
    renameSync(temporary, file);
    return undefined;
  } catch (error) {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // Nothing more to do: the note below says the cache was not written.
    }
    return `cannot write cache ${file} (${(error as NodeJS.ErrnoException).code ?? 'EIO'})`;
  }
}

function isDirectory(file: string): boolean {
  try {
    return statSync(file, { throwIfNoEntry: false })?.isDirectory() === true;
  } catch {
    // Below a file, or unreadable: not a directory; writing there will say why.
    return false;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
