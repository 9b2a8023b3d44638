import { createHash } from 'node:crypto';
import { type Stats, statSync } from 'node:fs';
import type { FileEntry } from '../files/types.ts';
import type { ScanBatch } from '../scan/read-file.ts';
import { type CacheKeyInput, cacheKey } from './key.ts';
import { cacheFilePath, DEFAULT_CACHE_LOCATION, type FileRecord, loadRecords, saveRecords } from './store.ts';

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

export function markOf(batch: ScanBatch): BatchMark {
  return {
    files: batch.files,
    usages: batch.usages.length,
    notices: batch.notices.length,
    directives: batch.directives.length,
  };
}

/**
 * Per-file scan results kept between runs. A file whose size, modification
 * time and inode are unchanged is not opened; one that changed is read, and
 * when it passes the sieve its content hash may still spare the extraction.
 */
export class ScanCache {
  readonly #file: string;
  readonly #key: string;
  readonly #old: Map<string, FileRecord>;
  readonly #next = new Map<string, FileRecord>();
  readonly #note: (line: string) => void;

  constructor(options: CacheOptions, key: CacheKeyInput) {
    this.#file = cacheFilePath(options.location ?? DEFAULT_CACHE_LOCATION, key.cwd);
    this.#key = cacheKey(key);
    this.#note = options.onNote ?? (() => undefined);
    const loaded = loadRecords(this.#file, this.#key);
    this.#old = loaded.records;
    if (loaded.note) this.#note(loaded.note);
  }

  /** The file's stat, undefined when it cannot be taken (the read will say why). */
  stat(entry: FileEntry): Stats | undefined {
    try {
      return statSync(entry.location, { throwIfNoEntry: false });
    } catch {
      return undefined;
    }
  }

  /** The record of a file unchanged since it was cached. */
  unchanged(entry: FileEntry, stats: Stats | undefined): FileRecord | undefined {
    const old = this.#old.get(entry.path);
    if (!old || !stats || !isRecord(old)) return undefined;
    return old.size === stats.size && old.mtime === stats.mtimeMs && old.ino === stats.ino ? old : undefined;
  }

  /** The record of a changed file whose bytes hash as they did. */
  sameContent(entry: FileEntry, hash: string): FileRecord | undefined {
    const old = this.#old.get(entry.path);
    return old && isRecord(old) && old.hash === hash ? old : undefined;
  }

  /** Adds a cached record's results to `batch` and keeps it (with the current stat) for the next run. */
  reuse(entry: FileEntry, record: FileRecord, stats: Stats | undefined, batch: ScanBatch): void {
    if (record.text) batch.files++;
    if (record.notice) batch.notices.push(record.notice);
    if (record.usages) batch.usages.push(...record.usages);
    if (record.directives) batch.directives.push({ file: entry.path, directives: [...record.directives] });
    if (record.role) batch.fileRoles.set(entry.path, record.role);
    if (stats) this.#next.set(entry.path, { ...record, ...statOf(stats) });
  }

  /** Keeps what scanning one file added to `batch` since `mark`; a read error is not kept. */
  capture(
    entry: FileEntry,
    stats: Stats | undefined,
    hash: string | undefined,
    batch: ScanBatch,
    mark: BatchMark,
  ): void {
    const notice = batch.notices.length > mark.notices ? batch.notices[mark.notices] : undefined;
    if (!stats || notice?.kind === 'unreadable') return;
    const usages = batch.usages.slice(mark.usages);
    const directives =
      batch.directives.length > mark.directives ? batch.directives[mark.directives] : undefined;
    const role = batch.fileRoles.get(entry.path);
    this.#next.set(entry.path, {
      ...statOf(stats),
      text: batch.files > mark.files,
      ...(hash !== undefined && { hash }),
      ...(notice && { notice }),
      ...(usages.length > 0 && { usages }),
      ...(directives && { directives: directives.directives }),
      ...(role && { role }),
    });
  }

  /** Undoes what reading one file added to `batch` (its cached record is used instead). */
  static rollback(batch: ScanBatch, mark: BatchMark): void {
    batch.files = mark.files;
    batch.usages.length = mark.usages;
    batch.notices.length = mark.notices;
    batch.directives.length = mark.directives;
  }

  /** Writes the records of this run's files (files no longer listed are dropped). */
  save(): void {
    const note = saveRecords(this.#file, this.#key, this.#next);
    if (note) this.#note(note);
  }
}

/** The content hash kept for files that pass the sieve. */
export function contentHash(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('base64');
}

function statOf(stats: Stats): Pick<FileRecord, 'size' | 'mtime' | 'ino'> {
  return { size: stats.size, mtime: stats.mtimeMs, ino: stats.ino };
}

/** A record from disk is trusted only in the shape this module writes. */
function isRecord(value: FileRecord): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof value.size === 'number' &&
    typeof value.mtime === 'number' &&
    typeof value.ino === 'number' &&
    typeof value.text === 'boolean' &&
    (value.usages === undefined || Array.isArray(value.usages)) &&
    (value.directives === undefined || Array.isArray(value.directives))
  );
}
