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
