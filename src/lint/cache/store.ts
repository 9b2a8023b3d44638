import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Directive } from '../../suppress/directives.ts';
import type { FileNotice } from '../files/types.ts';
import type { FileRole, Usage } from '../usage.ts';

/** Where ESLint keeps its own cache, and so where users look. */
export const DEFAULT_CACHE_LOCATION = 'node_modules/.cache/docker-api-compat/';

/** What one file gave the scan, besides its stat. A file with a notice was not read as text; every other one was. */
export interface FileResult {
  /** Content hash, kept for files that passed the sieve (the ones worth not extracting again). */
  readonly hash?: string;
  readonly notice?: FileNotice;
  readonly usages?: readonly Usage[];
  readonly directives?: readonly Directive[];
  readonly role?: FileRole;
}

/** The stat that says a file is still the one cached. */
export interface FileStat {
  readonly size: number;
  readonly mtime: number;
  readonly ino: number;
}

/**
 * Records of one run, in columns: most files have no result at all, and a
 * JSON array of numbers parses several times faster than an object per file
 * (measured on 20,000 files: the object form made the cache load the
 * largest cost of a cached run).
 */
export interface CacheRecords {
  readonly paths: string[];
  /** size, mtime, ino for each path in turn. */
  readonly stats: number[];
  /** Results by path index, for the files that have any. */
  readonly results: Record<number, FileResult>;
}

interface CacheFile extends CacheRecords {
  readonly format: 2;
  readonly key: string;
}

export function emptyRecords(): CacheRecords {
  return { paths: [], stats: [], results: {} };
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
export function loadRecords(file: string, key: string): { records: CacheRecords; note?: string } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { records: emptyRecords() };
    return {
      records: emptyRecords(),
      note: `cache ${file} is unreadable (${code ?? 'EIO'}): scanning every file`,
    };
  }
  try {
    const parsed = JSON.parse(text) as Partial<CacheFile> | null;
    if (parsed?.format !== 2 || typeof parsed.key !== 'string' || !wellFormed(parsed))
      throw new Error('not a cache file');
    if (parsed.key !== key) return { records: emptyRecords() };
    return { records: parsed as CacheFile };
  } catch {
    return { records: emptyRecords(), note: `cache ${file} is corrupt and was ignored: scanning every file` };
  }
}

/** Writes the records beside the cache file and renames them over it: a reader sees the old cache or the new, never half. */
export function saveRecords(file: string, key: string, records: CacheRecords): string | undefined {
  const body: CacheFile = { format: 2, key, ...records };
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

/** The columns agree; each result is checked when it is used. */
function wellFormed(records: Partial<CacheRecords>): boolean {
  return (
    Array.isArray(records.paths) &&
    Array.isArray(records.stats) &&
    records.stats.length === records.paths.length * 3 &&
    typeof records.results === 'object' &&
    records.results !== null
  );
}

function isDirectory(file: string): boolean {
  try {
    return statSync(file, { throwIfNoEntry: false })?.isDirectory() === true;
  } catch {
    // Below a file, or unreadable: not a directory; writing there will say why.
    return false;
  }
}
