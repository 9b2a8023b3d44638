import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { UsageError } from '../errors.ts';

/**
 * Reads a file the tool itself looks for (a config, a baseline, a
 * .gitignore) only when it is a regular file: opened non-blocking, so a FIFO
 * in its place cannot hang the run, and checked before any byte is read.
 * Returns undefined when it does not exist; a FIFO, device, socket or folder
 * is a usage error naming `what`.
 */
export function readRegularFile(path: string, what: string): string | undefined {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw new UsageError(`cannot read ${what} ${path} (${code})`);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new UsageError(`${what} ${path} is not a regular file: it is not read`);
    return readFileSync(fd, 'utf8');
  } finally {
    closeSync(fd);
  }
}
