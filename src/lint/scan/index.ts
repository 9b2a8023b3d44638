import type { Directive } from '../../suppress/directives.ts';
import { DEFAULT_EXCLUDED_DIRS, DEFAULT_MAX_FILE_BYTES } from '../constants.ts';
import { sortUsages } from '../extract.ts';
import { fileSystemProvider, readBuffer, readCapped } from '../files/fs-provider.ts';
import type { FileEntry, FileListing, FileNotice, SourceProvider } from '../files/types.ts';
import { walk } from '../files/walk.ts';
import type { Usage } from '../usage.ts';
import { ScanPool, workerScriptUrl } from './pool.ts';
import { emptyBatch, type ScanBatch, scanOne } from './read-file.ts';

export interface ScanOptions {
  readonly cwd: string;
  readonly paths?: readonly string[];
  readonly excludeDirs?: readonly string[];
  readonly gitignore?: boolean;
  /** Globs of files and directories to skip (config `exclude`). */
  readonly exclude?: readonly string[];
  readonly maxFileBytes?: number;
  /**
   * Worker threads to read and extract on (from the compiled package only);
   * default 0: on the benchmark machine the calling thread alone was faster
   * (see bench/scan.mjs, which measures both).
   */
  readonly workers?: number;
  /** Another source of files (stdin, a git diff); default: the file system. */
  readonly provider?: SourceProvider;
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
}

/** Below this many files, starting workers costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 500;

/** Files → usages: lists, reads, skips what is not text, extracts. Deterministic order. */
export async function scan(options: ScanOptions): Promise<ScanResult> {
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const script = options.provider ? undefined : workerScriptUrl();
  const workers = options.workers ?? 0;
  let pool: ScanPool | undefined;
  let listing: FileListing;
  if (script && workers > 0) {
    // Workers start once the walk has found enough files, and take them as it goes on.
    const early: FileEntry[] = [];
    listing = walkFiles(options, (entry) => {
      if (pool) return pool.add(entry);
      early.push(entry);
      if (early.length < MIN_FILES_FOR_WORKERS) return;
      pool = new ScanPool(script, workers, maxBytes);
      for (const each of early) pool.add(each);
    });
    if (pool) return summarise(listing, await pool.finish());
  } else {
    listing = await (options.provider ?? fileSystemProvider(options)).list();
  }
  const provider = options.provider;
  const batch = emptyBatch();
  const buffer = readBuffer(maxBytes);
  for (const entry of listing.entries) {
    if (!provider) {
      scanOne(entry, (file, max) => readCapped(file, max, buffer), maxBytes, batch);
      continue;
    }
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
    directives: new Map(batches.flatMap((batch) => batch.directives.map((d) => [d.file, d.directives]))),
  };
}

function walkFiles(options: ScanOptions, onFile: (entry: FileEntry) => void): FileListing {
  return walk(options.paths?.length ? options.paths : ['.'], {
    cwd: options.cwd,
    excludeDirs: options.excludeDirs ?? DEFAULT_EXCLUDED_DIRS,
    gitignore: options.gitignore,
    ...(options.exclude && { exclude: options.exclude }),
    onFile,
  });
}
