import { type Dirent, lstatSync, readdirSync, realpathSync, type Stats, statSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { UsageError } from '../../errors.ts';
import { GitignoreStack } from './gitignore.ts';
import { specialKind } from './special.ts';
import type { FileEntry, FileListing, FileNotice, SpecialKind } from './types.ts';

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
  /** Follow symbolic links that lead outside the scanned folders (default false). */
  readonly followLinks?: boolean;
}

interface WalkState {
  readonly options: WalkOptions;
  readonly excluded: ReadonlySet<string>;
  readonly excludedGlob: (relative: string) => boolean;
  /**
   * Real paths of the files listed, built once a file can be met twice (a
   * second input, a link): hashing every path of a plain walk costs a third
   * of the walk.
   */
  seen: Set<string> | undefined;
  /** The key of each entry, in order, from which `seen` is built. */
  readonly keys: string[];
  /** Real folders walked for the current input; each input walks afresh (files are deduplicated by `seen`). */
  readonly visitedDirs: Set<string>;
  /** Real folders being walked right now: meeting one again is a link loop. */
  readonly walking: Set<string>;
  readonly entries: FileEntry[];
  readonly notices: FileNotice[];
  /** Real paths of the folders named: a link may lead anywhere below them. */
  readonly roots: readonly string[];
  /** Files the current input matched, duplicates included: an input that matches none is an error. */
  matched: number;
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
 * The path policy:
 * - a path that does not exist, or names a FIFO, device or socket, or an
 *   input that matches no file at all, is a usage error;
 * - inside the walk, FIFOs, devices and sockets are never opened (a notice),
 *   and symbolic links are followed only while they stay inside the folders
 *   named (else a notice; `followLinks` to follow them anyway).
 * Entries come out sorted.
 */
export function walk(inputs: readonly string[], options: WalkOptions): FileListing {
  const state: WalkState = {
    options,
    excluded: new Set(options.excludeDirs),
    excludedGlob: excludeMatcher(options.exclude),
    seen: undefined,
    keys: [],
    visitedDirs: new Set(),
    walking: new Set(),
    entries: [],
    notices: [],
    roots: inputs.flatMap((input) => rootOf(input, options.cwd)),
    matched: 0,
  };
  for (const [index, input] of inputs.entries()) {
    if (index > 0) trackRepeats(state);
    state.matched = 0;
    state.visitedDirs.clear();
    if (GLOB_CHARS.test(input)) walkGlob(input, state);
    else walkPath(input, state);
    if (state.matched === 0) throw new UsageError(nothingMatched(input));
  }
  state.entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { entries: state.entries, notices: state.notices };
}

function nothingMatched(input: string): string {
  return GLOB_CHARS.test(input)
    ? `pattern ${input} matches no files to scan`
    : `nothing to scan in ${input}: every file in it is excluded or ignored (--exclude-dir, --exclude, .gitignore)`;
}

/** The real folder an input names or searches, for the link policy. */
function rootOf(input: string, cwd: string): string[] {
  const base = GLOB_CHARS.test(input) ? picomatch.scan(input).base || '.' : input;
  const real = safeRealpath(path.resolve(cwd, base));
  if (real === undefined) return [];
  try {
    return [statSync(real).isDirectory() ? real : path.dirname(real)];
  } catch {
    return [];
  }
}

function walkPath(input: string, state: WalkState): void {
  const absolute = path.resolve(state.options.cwd, input);
  let stats: Stats;
  try {
    stats = statSync(absolute);
  } catch {
    throw new UsageError(`no such file or directory: ${input}`);
  }
  const special = specialKind(stats);
  if (special) throw new UsageError(`${input} is a ${special}, not a regular file: it cannot be scanned`);
  if (stats.isDirectory())
    walkDirectory(dirAt(absolute, state), gitignoreFor(absolute, state), state, () => true);
  else addFile(absolute, relativeTo(absolute, state), safeRealpath(absolute) ?? absolute, state);
}

function excludeMatcher(globs: readonly string[] | undefined): (relative: string) => boolean {
  if (!globs?.length) return () => false;
  try {
    return picomatch([...globs], { dot: true });
  } catch (error) {
    throw new UsageError(`invalid exclude pattern in ${globs.join(', ')}: ${(error as Error).message}`);
  }
}

function walkGlob(input: string, state: WalkState): void {
  const { base, glob } = picomatch.scan(input);
  const root = path.resolve(state.options.cwd, base || '.');
  let matcher: (relative: string) => boolean;
  try {
    matcher = picomatch(glob, { dot: false });
  } catch (error) {
    throw new UsageError(`invalid pattern ${input}: ${(error as Error).message}`);
  }
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
    // A folder reached twice through links is walked once; only a way back up is a loop.
    if (dir.real !== undefined && state.walking.has(dir.real))
      state.notices.push({ kind: 'symlink-loop', file: dir.relative || '.' });
    return;
  }
  state.visitedDirs.add(dir.real);
  state.walking.add(dir.real);
  try {
    walkEntries({ ...dir, real: dir.real }, ignores, state, include);
  } finally {
    state.walking.delete(dir.real);
  }
}

function walkEntries(
  dir: Dir & { real: string },
  ignores: GitignoreStack | undefined,
  state: WalkState,
  include: (relative: string) => boolean,
): void {
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
    const isLink = dirent.isSymbolicLink();
    if (isLink) trackRepeats(state);
    const kind = kindOf(dirent, absolute);
    if (kind === 'other') continue;
    if (kind === 'dir') {
      if (state.excluded.has(name) || state.excludedGlob(relative) || ignores?.ignores(absolute, true))
        continue;
      // Only links need resolving: below a real directory, names are real too.
      const real = isLink ? safeRealpath(absolute) : `${dir.real}${path.sep}${name}`;
      if (isLink && real !== undefined && !allowedLink(relative, real, state)) continue;
      walkDirectory({ absolute, real, relative }, ignores?.enter(absolute), state, include);
      continue;
    }
    if (ignores?.ignores(absolute, false) || !include(relative) || state.excludedGlob(relative)) continue;
    if (kind !== 'file') {
      state.notices.push({ kind: 'special', file: relative, what: kind });
      state.matched++;
      continue;
    }
    const real = isLink ? (safeRealpath(absolute) ?? absolute) : absolute;
    if (isLink && !allowedLink(relative, real, state)) {
      state.matched++;
      continue;
    }
    addFile(absolute, relative, real, state);
  }
}

/** A link stays inside the scanned folders, or the user asked to follow links; else a notice. */
function allowedLink(relative: string, real: string, state: WalkState): boolean {
  if (state.options.followLinks) return true;
  const inside = state.roots.some((root) => real === root || real.startsWith(`${root}${path.sep}`));
  if (!inside) state.notices.push({ kind: 'link-outside', file: relative, target: real });
  return inside;
}

/** What a directory entry is, a link read as what it points to; dangling links are 'other'. */
function kindOf(dirent: Dirent, absolute: string): 'dir' | 'file' | 'other' | SpecialKind {
  if (dirent.isFile()) return 'file';
  if (dirent.isDirectory()) return 'dir';
  let stats: Stats;
  try {
    stats = dirent.isSymbolicLink() ? statSync(absolute) : lstatSync(absolute);
  } catch {
    // A dangling link names nothing to scan.
    return 'other';
  }
  return stats.isDirectory() ? 'dir' : stats.isFile() ? 'file' : (specialKind(stats) ?? 'other');
}

/** From now on a file may be met again: remember the ones listed. */
function trackRepeats(state: WalkState): void {
  state.seen ??= new Set(state.keys);
}

function addFile(absolute: string, relative: string, key: string, state: WalkState): void {
  state.matched++;
  if (state.seen) {
    if (state.seen.has(key)) return;
    state.seen.add(key);
  }
  state.keys.push(key);
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
    // The native call: the JS one turns /proc links to pipes into paths that do not exist.
    return realpathSync.native(p);
  } catch {
    return undefined;
  }
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? 'EIO';
}
