import {
  closeSync,
  constants,
  fchmodSync,
  lstatSync,
  mkdirSync,
  openSync,
  realpathSync,
  renameSync,
  rmSync,
  type Stats,
  statSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from '../errors.ts';

/**
 * The one way this tool writes a file the user names (`-o`, `--output`, a
 * baseline). Checked before anything is written, so a bad second output
 * never leaves the first one replaced:
 * - a regular file (or a new one) is replaced atomically: readers see the old
 *   or the new content, never half of it, and a failed write leaves the old;
 * - a character device (`/dev/null`, `/dev/stdout`) or a FIFO is written
 *   through: it is never replaced by a regular file;
 * - a symbolic link is followed on purpose: its target is written, the link
 *   stays; a link to nothing, a directory, a socket or a block device is refused;
 * - missing folders are created one level at a time, so a path under /proc
 *   fails at once instead of looping.
 */
export interface OutputTarget {
  /** As the user gave it, for messages. */
  readonly name: string;
  /** Where the bytes go: links resolved. */
  readonly path: string;
  readonly kind: 'file' | 'new' | 'stream';
  /** The mode to keep when an existing file is replaced. */
  readonly mode?: number;
}

/** Checks where `name` may be written, without writing anything. */
export function outputTarget(name: string, cwd: string): OutputTarget {
  const given = resolve(cwd, name);
  let stats: Stats;
  try {
    stats = lstatSync(given);
  } catch (error) {
    if (code(error) !== 'ENOENT' && code(error) !== 'ENOTDIR') throw cannotWrite(name, code(error));
    checkParents(name, dirname(given));
    return { name, path: join(realParent(dirname(given)), basename(given)), kind: 'new' };
  }
  if (stats.isSymbolicLink()) return followLink(name, given);
  return targetOf(name, given, stats);
}

function followLink(name: string, given: string): OutputTarget {
  let stats: Stats;
  try {
    stats = statSync(given);
  } catch (error) {
    throw new UsageError(`cannot write ${name}: it is a symbolic link to nothing (${code(error)})`);
  }
  // /dev/stdout and other /proc links name pipes that have no path: write through the link.
  return targetOf(name, safeRealpath(given) ?? given, stats);
}

function safeRealpath(path: string): string | undefined {
  try {
    return realpathSync.native(path);
  } catch {
    return undefined;
  }
}

const REFUSED: readonly [(stats: Stats) => boolean, string][] = [
  [(stats) => stats.isDirectory(), 'it is a directory'],
  [(stats) => stats.isSocket(), 'it is a socket'],
  [(stats) => stats.isBlockDevice(), 'it is a block device'],
];

function targetOf(name: string, path: string, stats: Stats): OutputTarget {
  for (const [test, reason] of REFUSED)
    if (test(stats)) throw new UsageError(`cannot write ${name}: ${reason}`);
  if (stats.isCharacterDevice() || stats.isFIFO()) return { name, path, kind: 'stream' };
  return { name, path, kind: 'file', mode: stats.mode & 0o7777 };
}

/** The nearest existing ancestor must be a folder; the rest is created at write time. */
function checkParents(name: string, folder: string): void {
  for (let dir = folder; ; dir = dirname(dir)) {
    let stats: Stats;
    try {
      stats = statSync(dir);
    } catch (error) {
      if (code(error) === 'ENOENT' && dirname(dir) !== dir) continue;
      throw cannotWrite(name, code(error));
    }
    if (!stats.isDirectory()) throw new UsageError(`cannot write ${name}: ${dir} is not a directory`);
    return;
  }
}

function realParent(folder: string): string {
  const missing: string[] = [];
  for (let dir = folder; ; dir = dirname(dir)) {
    try {
      return join(realpathSync.native(dir), ...missing.reverse());
    } catch {
      if (dirname(dir) === dir) return folder;
      missing.push(basename(dir));
    }
  }
}

/** Two outputs into one file would lose one of them: a usage error before anything is written. */
export function checkDistinct(targets: readonly { target: OutputTarget; label: string }[]): void {
  const seen = new Map<string, string>();
  for (const { target, label } of targets) {
    const earlier = seen.get(target.path);
    if (earlier !== undefined && target.kind !== 'stream') {
      throw new UsageError(
        `${earlier} and ${label} both write ${target.name}: give each output its own file`,
      );
    }
    seen.set(target.path, label);
  }
}

/**
 * Writes every output, or none of the files: all regular files are written
 * to temporary files first and the streams opened; only when all of that
 * worked are the streams written and the files renamed into place.
 */
export function writeOutputs(items: readonly { target: OutputTarget; text: string }[]): void {
  const staged: { temporary: string; target: OutputTarget }[] = [];
  const streams: { fd: number; target: OutputTarget; text: string }[] = [];
  try {
    for (const { target, text } of items) {
      if (target.kind === 'stream') streams.push({ fd: openStream(target), target, text });
      else staged.push({ temporary: stage(target, text), target });
    }
    for (const { fd, target, text } of streams) writeAll(fd, text, target);
    for (const { temporary, target } of staged) {
      try {
        renameSync(temporary, target.path);
      } catch (error) {
        throw cannotWrite(target.name, code(error));
      }
    }
  } finally {
    for (const { fd } of streams) closeSync(fd);
    for (const { temporary } of staged) rmSync(temporary, { force: true });
  }
}

/** One output, as writeOutputs writes it. */
export function writeOutputFile(name: string, text: string, cwd = process.cwd()): void {
  writeOutputs([{ target: outputTarget(name, cwd), text }]);
}

function stage(target: OutputTarget, text: string): string {
  makeFolders(target);
  const temporary = join(
    dirname(target.path),
    `.${basename(target.path)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`,
  );
  let fd: number;
  try {
    // O_EXCL: never writes through a link or file that appeared under this name.
    fd = openSync(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, target.mode ?? 0o666);
  } catch (error) {
    throw cannotWrite(target.name, code(error));
  }
  try {
    if (target.mode !== undefined) keepMode(fd, target.mode);
    writeAll(fd, text, target);
  } catch (error) {
    closeSync(fd);
    rmSync(temporary, { force: true });
    throw error;
  }
  closeSync(fd);
  return temporary;
}

function makeFolders(target: OutputTarget): void {
  const missing: string[] = [];
  for (let dir = dirname(target.path); ; dir = dirname(dir)) {
    try {
      if (statSync(dir).isDirectory()) break;
    } catch {
      if (dirname(dir) === dir) break;
      missing.push(dir);
    }
  }
  for (const dir of missing.reverse()) {
    try {
      mkdirSync(dir);
    } catch (error) {
      if (code(error) !== 'EEXIST') throw cannotWrite(target.name, code(error));
    }
  }
}

/**
 * A FIFO nobody reads would block the open forever: open it non-blocking
 * first, which fails at once (ENXIO) without a reader, then blocking.
 */
function openStream(target: OutputTarget): number {
  try {
    const probe = openSync(target.path, constants.O_WRONLY | constants.O_NONBLOCK);
    // Held open while the blocking open runs, so the reader cannot vanish in between.
    try {
      return openSync(target.path, constants.O_WRONLY);
    } finally {
      closeSync(probe);
    }
  } catch (error) {
    if (code(error) === 'ENXIO')
      throw new UsageError(`cannot write ${target.name}: no process reads this FIFO`);
    throw cannotWrite(target.name, code(error));
  }
}

function writeAll(fd: number, text: string, target: OutputTarget): void {
  const bytes = Buffer.from(text, 'utf8');
  let written = 0;
  try {
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
  } catch (error) {
    throw cannotWrite(target.name, code(error));
  }
}

function cannotWrite(name: string, reason: string): UsageError {
  return new UsageError(`cannot write ${name} (${reason})`);
}

function code(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? 'EIO';
}

/** The replaced file keeps its permissions; a mode the user may not set (setuid) is left out. */
function keepMode(fd: number, mode: number): void {
  try {
    fchmodSync(fd, mode & 0o777);
  } catch {
    // The umask's default is what a new file would get: still a correct report.
  }
}
