import type { Stats } from 'node:fs';
import type { Directive } from '../../suppress/directives.ts';
import type { BatchMark, CacheOptions, ScanCache } from '../cache/scan-cache.ts';
import { DEFAULT_EXCLUDED_DIRS, DEFAULT_MAX_FILE_BYTES } from '../constants.ts';
import { boundedLiterals, prefilterLiterals, sortUsages } from '../extract.ts';
import { readBuffer, readCapped } from '../files/read-capped.ts';
import type { FileEntry, FileListing, FileNotice, SourceProvider } from '../files/types.ts';
import { walk } from '../files/walk.ts';
import { ParsePacer } from '../parse/service.ts';
import { RoleClassifier, type RoleOverrides } from '../roles.ts';
import type { FileRole, Usage } from '../usage.ts';
import type { ReadTally, TextHit } from './classify.ts';
import { readText } from './classify.ts';
import type { ScanPool } from './pool.ts';
import { defaultSieve, emptyBatch, extractHit, type ScanBatch, scanOne } from './read-file.ts';

export interface ScanOptions {
  readonly cwd: string;
  readonly paths?: readonly string[];
  readonly excludeDirs?: readonly string[];
  readonly gitignore?: boolean;
  /** Globs of files and directories to skip (config `exclude`). */
  readonly exclude?: readonly string[];
  readonly maxFileBytes?: number;
  /**
   * Worker threads that read and sieve beside the calling thread, which
   * extracts what they find as they find it (from the compiled package
   * only); default 0: on the two-core benchmark machine they did not pay,
   * V8's own background threads already keep the second core busy (see
   * docs/scan.md; bench/scan.mjs measures both).
   */
  readonly workers?: number;
  /** Follow symbolic links that lead outside the folders scanned (default false). */
  readonly followLinks?: boolean;
  /** Another source of files (stdin, a git diff); default: the file system. */
  readonly provider?: SourceProvider;
  /** Globs that give files a role before the naming conventions do (config `roles`). */
  readonly roles?: RoleOverrides;
  /** Keep per-file results between runs (`--cache`); unchanged files are not read again. */
  readonly cache?: CacheOptions;
  /** Files the walk must find before workers start (default 500); tests lower it to run workers on small trees. */
  readonly minFilesForWorkers?: number;
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
  // The cache (node:crypto) and the pool (node:worker_threads) load only when asked for.
  const cache = options.cache && (await openCache(options, maxBytes));
  const pools = (options.workers ?? 0) > 0 ? await import('./pool.ts') : undefined;
  const script = pools?.workerScriptUrl();
  const workers = script ? (options.workers ?? 0) : 0;
  const threshold = options.minFilesForWorkers ?? MIN_FILES_FOR_WORKERS;
  // Without a cache, workers start once the walk has found enough files: their
  // start-up overlaps the rest of it. With one, only changed files are read.
  let pool: ScanPool | undefined;
  let found = 0;
  let listing: FileListing;
  try {
    listing = walkFiles(options, () => {
      if (!cache && pools && ++found === threshold && script) pool = new pools.ScanPool(script, workers);
    });
  } catch (error) {
    pool?.close();
    throw error;
  }
  const batch = emptyBatch(roles);
  const stale = cache
    ? reuseUnchanged(listing.entries, cache, batch)
    : { entries: listing.entries, stats: [] };
  if (cache && pools && script && stale.entries.length >= threshold)
    pool = new pools.ScanPool(script, workers);
  if (pool) await scanPooled(pool, stale, maxBytes, batch, cache);
  else await scanHere(stale, maxBytes, batch, cache);
  cache?.save();
  return summarise(listing, [batch]);
}

async function openCache(options: ScanOptions, maxBytes: number): Promise<ScanCache | undefined> {
  if (!options.cache) return undefined;
  const { ScanCache } = await import('../cache/scan-cache.ts');
  return new ScanCache(options.cache, {
    cwd: options.cwd,
    paths: options.paths ?? [],
    maxBytes,
    roles: options.roles,
  });
}

/** Files to read, each with its stat when a cache will keep its record. */
interface Stale {
  readonly entries: readonly FileEntry[];
  readonly stats: readonly (Stats | undefined)[];
}

/** Adds the cached results of unchanged files to `batch`; returns the others. */
function reuseUnchanged(entries: readonly FileEntry[], cache: ScanCache, batch: ScanBatch): Stale {
  const stale: FileEntry[] = [];
  const stats: (Stats | undefined)[] = [];
  for (const entry of entries) {
    const stat = cache.stat(entry);
    const cached = cache.unchanged(entry, stat);
    if (cached) cache.reuse(entry, cached, stat, batch);
    else {
      stale.push(entry);
      stats.push(stat);
    }
  }
  return { entries: stale, stats };
}

/** Scans every entry on this thread, reading into one reused buffer. */
async function scanHere(stale: Stale, maxBytes: number, batch: ScanBatch, cache?: ScanCache): Promise<void> {
  const buffer = readBuffer(maxBytes);
  const read = (file: FileEntry, max: number) => readCapped(file, max, buffer);
  const sieve = defaultSieve();
  const yielder = new ParsePacer();
  const { entries, stats } = stale;
  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index] as FileEntry;
    // Most files hit nothing: without a cache they cost a read and a search, no allocation.
    const mark = cache ? cache.mark(batch) : NO_MARK;
    const hit = readText(entry, read, maxBytes, sieve, batch);
    if (hit) settleHit(entry, hit, stats[index], batch, mark, cache);
    else cache?.capture(entry, stats[index], undefined, batch, mark);
    if (yielder.due()) await yielder.pause();
  }
}

const NO_MARK: BatchMark = { files: 0, usages: 0, notices: 0, directives: 0 };

/**
 * Workers read and sieve beside this thread, which extracts every file worth
 * decoding as soon as it is found: its own at once, the workers' as they post
 * them. Then, in listing order, each other file's notice or count is settled
 * and the cache keeps its record.
 */
async function scanPooled(
  pool: ScanPool,
  stale: Stale,
  maxBytes: number,
  batch: ScanBatch,
  cache?: ScanCache,
): Promise<void> {
  const buffer = readBuffer(maxBytes);
  const read = (file: FileEntry, max: number) => readCapped(file, max, buffer);
  const sieve = defaultSieve();
  const here: ReadTally = { files: 0, notices: [] };
  const extracted = new Uint8Array(stale.entries.length);
  const settle = (index: number, hit: TextHit) => {
    const mark = cache ? cache.mark(batch) : NO_MARK;
    // Counted here, as readText counts on the calling thread alone; the pass below skips it.
    batch.files++;
    settleHit(stale.entries[index] as FileEntry, hit, stale.stats[index], batch, mark, cache);
    extracted[index] = 1;
  };
  const yielder = new ParsePacer();
  const tallies = await pool.run(stale.entries, maxBytes, prefilterLiterals(), boundedLiterals(), {
    // The read buffer is reused for the next file: its hit is extracted before that.
    each: (entry, index) => {
      const hit = readText(entry, read, maxBytes, sieve, here);
      if (hit) settle(index, hit);
    },
    found: ({ index, hit }) => settle(index, hit),
    between: () => (yielder.due() ? yielder.pause() : undefined),
  });
  const notices = new Map(
    [here, ...tallies].flatMap((tally) => tally.notices.map((notice) => [notice.file, notice] as const)),
  );
  for (const [index, entry] of stale.entries.entries()) {
    if (extracted[index]) continue;
    const mark = cache ? cache.mark(batch) : NO_MARK;
    const notice = notices.get(entry.path);
    if (notice) batch.notices.push(notice);
    else batch.files++;
    cache?.capture(entry, stale.stats[index], undefined, batch, mark);
  }
}

/** Extracts a file that passed the sieve, unless the cache holds the results of the same bytes. */
function settleHit(
  entry: FileEntry,
  hit: TextHit,
  stats: Stats | undefined,
  batch: ScanBatch,
  mark: BatchMark,
  cache?: ScanCache,
): void {
  if (!cache) {
    extractHit(entry, hit, batch);
    return;
  }
  const hash = cache.hash(hit.bytes);
  const same = cache.sameContent(entry, hash);
  if (same) {
    cache.rollback(batch, mark);
    cache.reuse(entry, same, stats, batch, true);
    return;
  }
  extractHit(entry, hit, batch);
  cache.capture(entry, stats, hash, batch, mark);
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
    // Files are extracted in the order threads find them: sort so each map's order is the files' order.
    roles: new Map(batches.flatMap((batch) => [...batch.fileRoles]).sort(byFile)),
    directives: new Map(
      batches.flatMap((batch) => batch.directives.map((d) => [d.file, d.directives] as const)).sort(byFile),
    ),
  };
}

function byFile([a]: readonly [string, unknown], [b]: readonly [string, unknown]): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function walkFiles(options: ScanOptions, onFile?: (entry: FileEntry) => void): FileListing {
  return walk(options.paths?.length ? options.paths : ['.'], {
    cwd: options.cwd,
    excludeDirs: options.excludeDirs ?? DEFAULT_EXCLUDED_DIRS,
    gitignore: options.gitignore,
    ...(options.exclude && { exclude: options.exclude }),
    ...(onFile && { onFile }),
    ...(options.followLinks && { followLinks: true }),
  });
}
