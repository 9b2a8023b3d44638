import { createHash } from 'node:crypto';
import { type Stats, statSync } from 'node:fs';
import type { FileEntry } from '../files/types.ts';
import type { ScanBatch } from '../scan/read-file.ts';
import { type CacheKeyInput, cacheKey } from './key.ts';
import {
  type CacheRecords,
  cacheFilePath,
  DEFAULT_CACHE_LOCATION,
  emptyRecords,
  type FileResult,
  loadRecords,
  saveRecords,
} from './store.ts';

/** `--cache` as a scan option. */
export interface CacheOptions {
  /** A cache file, or a directory for one (default node_modules/.cache/docker-api-compat/). */
  readonly location?: string;
  /** Told why the cache was ignored or not written; the scan goes on without it. */
  readonly onNote?: (line: string) => void;
}

/** How far a batch had grown before one file was scanned. */
export interface BatchMark {
  readonly files: number;
  readonly usages: number;
  readonly notices: number;
  readonly directives: number;
}

/**
 * Per-file scan results kept between runs. A file whose size, modification
 * time and inode are unchanged is not opened; one that changed is read, and
 * when it passes the sieve its content hash may still spare the extraction.
 */
export class ScanCache {
  readonly #file: string;
  readonly #key: string;
  readonly #old: CacheRecords;
  readonly #index: Map<string, number>;
  readonly #next: CacheRecords = emptyRecords();
  readonly #note: (line: string) => void;
  /** A record differs from the one on disk: the cache must be written. */
  #changed = false;

  constructor(options: CacheOptions, key: CacheKeyInput) {
    this.#file = cacheFilePath(options.location ?? DEFAULT_CACHE_LOCATION, key.cwd);
    this.#key = cacheKey(key);
    this.#note = options.onNote ?? (() => undefined);
    const loaded = loadRecords(this.#file, this.#key);
    this.#old = loaded.records;
    this.#index = new Map(this.#old.paths.map((file, index) => [file, index]));
    if (loaded.note) {
      this.#note(loaded.note);
      this.#changed = true;
    }
  }

  /** The file's stat, undefined when it cannot be taken (the read will say why). */
  stat(entry: FileEntry): Stats | undefined {
    try {
      return statSync(entry.location, { throwIfNoEntry: false });
    } catch {
      return undefined;
    }
  }

  /** The cached result of a file unchanged since it was cached. */
  unchanged(entry: FileEntry, stats: Stats | undefined): FileResult | undefined {
    const index = this.#index.get(entry.path);
    if (index === undefined || !stats) return undefined;
    const { stats: old } = this.#old;
    const same =
      old[index * 3] === stats.size &&
      old[index * 3 + 1] === stats.mtimeMs &&
      old[index * 3 + 2] === stats.ino;
    return same ? this.#result(index) : undefined;
  }

  /** The cached result of a changed file whose bytes hash as they did. */
  sameContent(entry: FileEntry, hash: string): FileResult | undefined {
    const index = this.#index.get(entry.path);
    const result = index === undefined ? undefined : this.#result(index);
    return result?.hash === hash ? result : undefined;
  }

  /** Adds a cached result to `batch` and keeps it, with the current stat, for the next run. */
  reuse(
    entry: FileEntry,
    result: FileResult,
    stats: Stats | undefined,
    batch: ScanBatch,
    restated = false,
  ): void {
    if (result.notice) batch.notices.push(result.notice);
    else batch.files++;
    if (result.usages) batch.usages.push(...result.usages);
    if (result.directives) batch.directives.push({ file: entry.path, directives: [...result.directives] });
    if (result.role) batch.fileRoles.set(entry.path, result.role);
    if (stats) this.#keep(entry, stats, result);
    if (restated) this.#changed = true;
  }

  /** Keeps what scanning one file added to `batch` since `mark`; a read error is not kept. */
  capture(
    entry: FileEntry,
    stats: Stats | undefined,
    hash: string | undefined,
    batch: ScanBatch,
    mark: BatchMark,
  ): void {
    this.#changed = true;
    const notice = batch.notices.length > mark.notices ? batch.notices[mark.notices] : undefined;
    if (!stats || notice?.kind === 'unreadable') return;
    const usages = batch.usages.slice(mark.usages);
    const directives =
      batch.directives.length > mark.directives ? batch.directives[mark.directives] : undefined;
    const role = batch.fileRoles.get(entry.path);
    this.#keep(entry, stats, {
      ...(hash !== undefined && { hash }),
      ...(notice && { notice }),
      ...(usages.length > 0 && { usages }),
      ...(directives && { directives: directives.directives }),
      ...(role && { role }),
    });
  }

  /** How far `batch` has grown: what scanning the next file adds is kept from here. */
  mark(batch: ScanBatch): BatchMark {
    return {
      files: batch.files,
      usages: batch.usages.length,
      notices: batch.notices.length,
      directives: batch.directives.length,
    };
  }

  /** The content hash kept for files that pass the sieve. */
  hash(bytes: Uint8Array): string {
    return createHash('sha1').update(bytes).digest('base64');
  }

  /** Undoes what reading one file added to `batch` (its cached result is used instead). */
  rollback(batch: ScanBatch, mark: BatchMark): void {
    batch.files = mark.files;
    batch.usages.length = mark.usages;
    batch.notices.length = mark.notices;
    batch.directives.length = mark.directives;
  }

  /** Writes the records of this run's files (files no longer listed are dropped), unless nothing changed. */
  save(): void {
    if (!this.#changed && this.#next.paths.length === this.#old.paths.length) return;
    const note = saveRecords(this.#file, this.#key, this.#next);
    if (note) this.#note(note);
  }

  #keep(entry: FileEntry, stats: Stats, result: FileResult): void {
    const next = this.#next;
    if (Object.keys(result).length > 0) next.results[next.paths.length] = result;
    next.paths.push(entry.path);
    next.stats.push(stats.size, stats.mtimeMs, stats.ino);
  }

  /** A result from disk is trusted only in the shape this module writes; a file without one had none. */
  #result(index: number): FileResult | undefined {
    const result = this.#old.results[index] ?? NO_RESULT;
    return isResult(result) ? result : undefined;
  }
}

const NO_RESULT: FileResult = {};

function isResult(value: FileResult): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value.hash === undefined || typeof value.hash === 'string') &&
    (value.notice === undefined || typeof value.notice === 'object') &&
    (value.usages === undefined || Array.isArray(value.usages)) &&
    (value.directives === undefined || Array.isArray(value.directives))
  );
}
