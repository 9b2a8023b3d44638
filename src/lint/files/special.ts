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

/** Thrown by a read of a file that is too large to be decoded as one string. */
export class FileTooLargeError extends Error {
  readonly code = 'EFBIG';
  readonly size: number;
  readonly limit: number;
  constructor(size: number, limit: number) {
    super(`${size} bytes is more than the ${limit} bytes a file can have to be read as text`);
    this.size = size;
    this.limit = limit;
  }
}

/**
 * Thrown by a read that learned from the file's size that it is over the
 * configured limit: nothing past its first bytes was read.
 */
export class OverLimitError extends Error {
  readonly code = 'EFBIG';
  readonly size: number;
  constructor(size: number) {
    super(`${size} bytes is more than the size limit`);
    this.size = size;
  }
}
