import { constants } from 'node:buffer';
import type { Stats } from 'node:fs';
import type { SpecialKind } from './types.ts';

const KINDS: readonly [(stats: Stats) => boolean, SpecialKind][] = [
  [(stats) => stats.isFIFO(), 'FIFO'],
  [(stats) => stats.isCharacterDevice(), 'character device'],
  [(stats) => stats.isBlockDevice(), 'block device'],
  [(stats) => stats.isSocket(), 'socket'],
];

/**
 * What a file is when it is neither a regular file nor a directory. Such a
 * file is never opened for reading: a FIFO blocks the open until a writer
 * comes, /dev/zero never ends.
 */
export function specialKind(stats: Stats): SpecialKind | undefined {
  return KINDS.find(([test]) => test(stats))?.[1];
}

/** Thrown by a read of a file that is not a regular file (it changed after the walk). */
export class NotRegularFileError extends Error {
  readonly code = 'ENOTREG';
}

/**
 * The largest file that can be read as text: decoded, it must fit in one
 * string. A larger file allowed by --max-file-size would abort the whole run
 * ("Cannot create a string longer than …"); it is skipped with a notice.
 */
export const MAX_TEXT_BYTES = constants.MAX_STRING_LENGTH;

/**
 * Thrown by a read that learned from a file's size that it is over a limit:
 * the configured one, or the hard one that one string sets. Nothing past the
 * file's first bytes was read.
 */
export class FileTooLargeError extends Error {
  readonly code = 'EFBIG';
  readonly size: number;
  readonly limit: number;
  constructor(size: number, limit: number) {
    super(`${size} bytes is more than the ${limit} bytes a file can have to be read`);
    this.size = size;
    this.limit = limit;
  }

  /** Whether the limit is the hard one, which no --max-file-size lifts. */
  get hard(): boolean {
    return this.limit >= MAX_TEXT_BYTES;
  }
}
