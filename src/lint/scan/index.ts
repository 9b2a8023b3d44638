import type { Directive } from '../../suppress/directives.ts';
import { DEFAULT_EXCLUDED_DIRS, DEFAULT_MAX_FILE_BYTES } from '../constants.ts';
import { prefilterLiterals, sortUsages } from '../extract.ts';
import { readBuffer, readCapped } from '../files/read-capped.ts';
import type { FileEntry, FileListing, FileNotice, SourceProvider } from '../files/types.ts';
import { walk } from '../files/walk.ts';
import { ParsePacer } from '../parse/service.ts';
import { RoleClassifier, type RoleOverrides } from '../roles.ts';
import type { FileRole, Usage } from '../usage.ts';
import { forEachClaimed, ScanPool, workerScriptUrl } from './pool.ts';
import { emptyBatch, extractHit, type ScanBatch, scanOne } from './read-file.ts';

export interface ScanOptions {
  readonly cwd: string;
  readonly paths?: readonly string[];
  readonly excludeDirs?: readonly string[];
  readonly gitignore?: boolean;
  /** Globs of files and directories to skip (config `exclude`). */
  readonly exclude?: readonly string[];
  readonly maxFileBytes?: number;
  /**
   * Worker threads that share the reading with the calling thread (from the
   * compiled package only); default 0: on the two-core benchmark machine they
   * did not pay, reads slowed down as much as they were shared (see
   * bench/scan.mjs, which measures both).
   */
  readonly workers?: number;
  /** Another source of files (stdin, a git diff); default: the file system. */
  readonly provider?: SourceProvider;
  /** Globs that give files a role before the naming conventions do (config `roles`). */
  readonly roles?: RoleOverrides;
}

export interface ScanResult {
  /** Files listed. */
  readonly listed: number;
  /** Paths of the files listed, in order: what a partial run covered. */
  readonly listedPaths: readonly string[];
  /** Text files read and searched. */
  readonly files: number;
  readonly usages: readonly Usage[];
  readonly notices: readonly FileNotice[];
  /** Suppression comments by file, for the files that have any. */
  readonly directives: ReadonlyMap<string, readonly Directive[]>;
  /** The role of every file that has usages or suppression comments. */
  readonly roles: ReadonlyMap<string, FileRole>;
}

/** Below this many files, starting a worker costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 500;

/** Files → usages: lists, reads, skips what is not text, extracts. Deterministic order. */
export async function scan(options: ScanOptions): Promise<ScanResult> {
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const roles = new RoleClassifier(options.roles, options.paths ?? []);
  if (options.provider) return scanProvider(options.provider, maxBytes, roles);
  const script = workerScriptUrl();
  const workers = options.workers ?? 0;
  if (!script || workers <= 0) {
    const listing = walkFiles(options);
    return summarise(listing, [await scanHere(listing.entries, maxBytes, roles)]);
  }
  // Workers start once the walk has found enough files: their start-up overlaps the rest of it.
  let pool: ScanPool | undefined;
  let found = 0;
  let listing: FileListing;
  try {
    listing = walkFiles(options, () => {
      if (++found === MIN_FILES_FOR_WORKERS) pool = new ScanPool(script, workers);
    });
  } catch (error) {
    pool?.close();
    throw error;
  }
  if (!pool) return summarise(listing, [await scanHere(listing.entries, maxBytes, roles)]);
  const batch = emptyBatch(roles);
  const buffer = readBuffer(maxBytes);
  const read = (file: FileEntry, max: number) => readCapped(file, max, buffer);
  const results = await pool.run(listing.entries, maxBytes, prefilterLiterals(), (job) =>
    forEachClaimed(job, (entry) => scanOne(entry, read, maxBytes, batch)),
  );
  // Workers only read and sieve: the files they found worth decoding are extracted here.
  const yielder = new ParsePacer();
  for (const result of results) {
    batch.files += result.files;
    batch.notices.push(...result.notices);
    for (const { index, hit } of result.hits) {
      extractHit(listing.entries[index] as FileEntry, hit, batch);
      if (yielder.due()) await yielder.pause();
    }
  }
  return summarise(listing, [batch]);
}

/** Scans every entry on this thread, reading into one reused buffer. */
async function scanHere(
  entries: readonly FileEntry[],
  maxBytes: number,
  roles: RoleClassifier,
): Promise<ScanBatch> {
  const batch = emptyBatch(roles);
  const buffer = readBuffer(maxBytes);
  const yielder = new ParsePacer();
  for (const entry of entries) {
    scanOne(entry, (file, max) => readCapped(file, max, buffer), maxBytes, batch);
    if (yielder.due()) await yielder.pause();
  }
  return batch;
}

async function scanProvider(
  provider: SourceProvider,
  maxBytes: number,
  roles: RoleClassifier,
): Promise<ScanResult> {
  const listing = await provider.list();
  const batch = emptyBatch(roles);
  for (const entry of listing.entries) {
    // Providers read asynchronously; scanOne turns a rejected read into a notice.
    const read = await provider.read(entry, maxBytes).then(
      (bytes) => () => bytes,
      (error: unknown) => () => {
        throw error;
      },
    );
    scanOne(entry, read, maxBytes, batch);
  }
  return summarise(listing, [batch]);
}

function summarise(listing: FileListing, batches: readonly ScanBatch[]): ScanResult {
  return {
    listed: listing.entries.length,
    listedPaths: listing.entries.map((entry) => entry.path),
    files: batches.reduce((sum, batch) => sum + batch.files, 0),
    usages: sortUsages(batches.flatMap((batch) => batch.usages)),
    notices: [...listing.notices, ...batches.flatMap((batch) => batch.notices)].sort((a, b) =>
      a.file < b.file ? -1 : a.file > b.file ? 1 : 0,
    ),
    roles: new Map(batches.flatMap((batch) => [...batch.fileRoles])),
    // Batches split the files by which thread was free: sort so the map's order is the files' order.
    directives: new Map(
      batches
        .flatMap((batch) => batch.directives.map((d) => [d.file, d.directives] as const))
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    ),
  };
}

function walkFiles(options: ScanOptions, onFile?: (entry: FileEntry) => void): FileListing {
  return walk(options.paths?.length ? options.paths : ['.'], {
    cwd: options.cwd,
    excludeDirs: options.excludeDirs ?? DEFAULT_EXCLUDED_DIRS,
    gitignore: options.gitignore,
    ...(options.exclude && { exclude: options.exclude }),
    ...(onFile && { onFile }),
  });
}
