import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UsageError } from '../errors.ts';
import { packageRoot } from '../package-root.ts';
import { sha256 } from '../spec/checksum.ts';
import { loadSourcesManifest, type SourceEntry, sourcesCacheDir } from './manifest.ts';

/** Names a folder holding `<name>@<ref>/` subsets, as the sync step lays them out. */
export const SOURCES_DIR_ENV = 'DOCKER_API_COMPAT_SOURCES_DIR';

// A checkout may sit beside a shared folder of pinned sources; using it spares the download.
const SIBLING_MIRROR = '../shared/sources';

/** A pinned upstream subset whose files are read only after their SHA-256 is checked. */
export interface PinnedSource {
  readonly id: string;
  readonly entry: SourceEntry;
  /** The folder the files are read from. */
  readonly dir: string;
  /** Repository-relative paths of the subset, sorted. */
  readonly paths: readonly string[];
  /** The file's text; throws a UsageError when it is absent or its sum differs. */
  read(path: string): string;
  /** `path@commit`: how a derived fact cites the file. */
  cite(path: string, line?: number): string;
}

/**
 * Where the files of `id` are read from: `from`, else env
 * DOCKER_API_COMPAT_SOURCES_DIR, else the sibling shared folder, else the
 * download cache (`sources/cache/`, filled by `syncSources`).
 */
export function sourceDir(
  id: string,
  options: { from?: string; env?: Readonly<Record<string, string | undefined>> } = {},
): string {
  const env = options.env ?? process.env;
  const candidates = [
    options.from,
    env[SOURCES_DIR_ENV],
    resolve(packageRoot, SIBLING_MIRROR),
    sourcesCacheDir,
  ].filter((dir): dir is string => dir !== undefined && dir !== '');
  for (const dir of candidates) {
    const folder = join(resolve(dir), id);
    if (existsSync(folder)) return folder;
  }
  throw new UsageError(
    `the pinned sources ${id} are not on this machine: set ${SOURCES_DIR_ENV} to a mirror or run \`npm run sources:sync\``,
  );
}

export function pinnedSource(
  id: string,
  options: { from?: string; env?: Readonly<Record<string, string | undefined>> } = {},
): PinnedSource {
  const entry = loadSourcesManifest().sources[id];
  if (!entry) throw new UsageError(`unknown pinned source ${id} (see sources/manifest.json)`);
  const dir = sourceDir(id, options);
  return {
    id,
    entry,
    dir,
    paths: Object.keys(entry.files).sort(),
    read(path) {
      const expected = entry.files[path];
      if (expected === undefined) throw new UsageError(`${path} is not part of the pinned source ${id}`);
      let bytes: Buffer;
      try {
        bytes = readFileSync(join(dir, path));
      } catch {
        throw new UsageError(`${path} is missing from ${dir}`);
      }
      const actual = sha256(bytes);
      if (actual !== expected)
        throw new UsageError(
          `${path} in ${dir} does not match its SHA-256 in sources/manifest.json (got ${actual})`,
        );
      return bytes.toString('utf8');
    },
    cite: (path, line) => `${path}${line === undefined ? '' : `:${line}`}@${entry.commit}`,
  };
}
