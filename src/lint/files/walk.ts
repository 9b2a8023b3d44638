import { type Dirent, readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { UsageError } from '../../errors.ts';
import { GitignoreStack } from './gitignore.ts';
import type { FileEntry, FileListing, FileNotice } from './types.ts';

export interface WalkOptions {
  /** Reports name files relative to this directory. */
  readonly cwd: string;
  /** Directory names skipped at any depth. */
  readonly excludeDirs: readonly string[];
  /** Apply `.gitignore` files (default true). */
  readonly gitignore?: boolean;
  /** Globs (relative to `cwd`) of files and directories to skip while walking. */
  readonly exclude?: readonly string[];
  /** Called for each file as it is found, so reading can start before the walk ends. */
  readonly onFile?: (entry: FileEntry) => void;
}

interface WalkState {
  readonly options: WalkOptions;
  readonly excluded: ReadonlySet<string>;
  readonly excludedGlob: (relative: string) => boolean;
  readonly seen: Set<string>;
  readonly visitedDirs: Set<string>;
  readonly entries: FileEntry[];
  readonly notices: FileNotice[];
}

/** A directory being walked: where it is, what it really is, how reports name it. */
interface Dir {
  readonly absolute: string;
  readonly real: string | undefined;
  /** Relative to the working directory, POSIX, '' for the working directory itself. */
  readonly relative: string;
}

const GLOB_CHARS = /[*?[\]{}]/;

/**
 * Expands paths and globs into files. Explicitly named files are always
 * listed; directories are walked with the exclusions and ignore rules.
 * A path that does not exist is a usage error. Entries come out sorted.
 */
export function walk(inputs: readonly string[], options: WalkOptions): FileListing {
  const state: WalkState = {
    options,
    excluded: new Set(options.excludeDirs),
    excludedGlob: options.exclude?.length ? picomatch([...options.exclude], { dot: true }) : () => false,
    seen: new Set(),
    visitedDirs: new Set(),
    entries: [],
    notices: [],
  };
  for (const input of inputs) {
    if (GLOB_CHARS.test(input)) walkGlob(input, state);
    else walkPath(input, state);
  }
  state.entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { entries: state.entries, notices: state.notices };
}

function walkPath(input: string, state: WalkState): void {
  const absolute = path.resolve(state.options.cwd, input);
  let isDirectory: boolean;
  try {
    isDirectory = statSync(absolute).isDirectory();
  } catch {
    throw new UsageError(`no such file or directory: ${input}`);
  }
  if (isDirectory) walkDirectory(dirAt(absolute, state), gitignoreFor(absolute, state), state, () => true);
  else addFile(absolute, relativeTo(absolute, state), safeRealpath(absolute) ?? absolute, state);
}

function walkGlob(input: string, state: WalkState): void {
  const { base, glob } = picomatch.scan(input);
  const root = path.resolve(state.options.cwd, base || '.');
  const matcher = picomatch(glob, { dot: false });
  const prefix = toPosix(path.relative(state.options.cwd, root));
  const matches = (relative: string) => matcher(prefix ? relative.slice(prefix.length + 1) : relative);
  try {
    if (!statSync(root).isDirectory()) throw new Error('not a directory');
  } catch {
    throw new UsageError(`no such directory for pattern ${input}: ${base}`);
  }
  walkDirectory(dirAt(root, state), gitignoreFor(root, state), state, matches);
}

function dirAt(absolute: string, state: WalkState): Dir {
  return {
    absolute,
    real: safeRealpath(absolute),
    relative: toPosix(path.relative(state.options.cwd, absolute)),
  };
}

function gitignoreFor(dir: string, state: WalkState): GitignoreStack | undefined {
  return state.options.gitignore === false ? undefined : GitignoreStack.forDirectory(dir);
}

function walkDirectory(
  dir: Dir,
  ignores: GitignoreStack | undefined,
  state: WalkState,
  include: (relative: string) => boolean,
): void {
  if (dir.real === undefined || state.visitedDirs.has(dir.real)) {
    if (dir.real !== undefined) state.notices.push({ kind: 'symlink-loop', file: dir.relative || '.' });
    return;
  }
  state.visitedDirs.add(dir.real);
  let dirents: Dirent[];
  try {
    dirents = readdirSync(dir.absolute, { withFileTypes: true });
  } catch (error) {
    state.notices.push({ kind: 'unreadable', file: dir.relative || '.', code: errorCode(error) });
    return;
  }
  for (const dirent of dirents) {
    const name = dirent.name;
    const absolute = `${dir.absolute}${path.sep}${name}`;
    const relative = dir.relative ? `${dir.relative}/${name}` : name;
    const kind = kindOf(dirent, absolute);
    if (kind === 'dir') {
      if (state.excluded.has(name) || state.excludedGlob(relative) || ignores?.ignores(absolute, true))
        continue;
      // Only links need resolving: below a real directory, names are real too.
      const real = dirent.isSymbolicLink() ? safeRealpath(absolute) : `${dir.real}${path.sep}${name}`;
      walkDirectory({ absolute, real, relative }, ignores?.enter(absolute), state, include);
    } else if (kind === 'file') {
      if (ignores?.ignores(absolute, false) || !include(relative) || state.excludedGlob(relative)) continue;
      addFile(
        absolute,
        relative,
        dirent.isSymbolicLink() ? (safeRealpath(absolute) ?? absolute) : absolute,
        state,
      );
    }
  }
}

function kindOf(dirent: Dirent, absolute: string): 'dir' | 'file' | 'other' {
  if (dirent.isFile()) return 'file';
  if (dirent.isDirectory()) return 'dir';
  if (!dirent.isSymbolicLink()) return 'other';
  try {
    const stats = statSync(absolute);
    return stats.isDirectory() ? 'dir' : stats.isFile() ? 'file' : 'other';
  } catch {
    // A dangling link names nothing to scan.
    return 'other';
  }
}

function addFile(absolute: string, relative: string, key: string, state: WalkState): void {
  if (state.seen.has(key)) return;
  state.seen.add(key);
  const entry = { path: relative || '.', location: absolute };
  state.entries.push(entry);
  state.options.onFile?.(entry);
}

function relativeTo(absolute: string, state: WalkState): string {
  return toPosix(path.relative(state.options.cwd, absolute));
}

function toPosix(p: string): string {
  return path.sep === '/' ? p : p.split(path.sep).join('/');
}

function safeRealpath(p: string): string | undefined {
  try {
    return realpathSync(p);
  } catch {
    return undefined;
  }
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? 'EIO';
}
