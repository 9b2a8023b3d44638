import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { packageVersion } from '../../package-info.ts';
import { dataDir } from '../../package-root.ts';
import { extractors } from '../extractors/index.ts';

/** What per-file results depend on besides the file's own bytes. */
export interface CacheKeyInput {
  readonly cwd: string;
  readonly paths: readonly string[];
  readonly maxBytes: number;
  /** Config `roles` globs: they decide the role stamped on each usage. */
  readonly roles: unknown;
}

/**
 * One string for the tool, its data and the settings that shape per-file
 * results: a cache written under another key is discarded whole. The tool is
 * its version and the code that runs (this module's own file, so a rebuild
 * counts); the data is every data file's size and modification time (stat
 * only: reading them would cost more than a cached run).
 */
export function cacheKey(input: CacheKeyInput): string {
  const parts = {
    format: 1,
    tool: packageVersion,
    code: stamp(fileURLToPath(import.meta.url)),
    data: dataStamps(),
    extractors: [...extractors.values()].map((extractor) => [extractor.id, extractor.enablers]),
    cwd: input.cwd,
    paths: input.paths,
    maxBytes: input.maxBytes,
    roles: input.roles ?? null,
  };
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

function dataStamps(): string[] {
  try {
    return readdirSync(dataDir)
      .sort()
      .map((name) => `${name}:${stamp(`${dataDir}${name}`)}`);
  } catch {
    return [];
  }
}

function stamp(file: string): string {
  const stats = statSync(file, { throwIfNoEntry: false });
  return stats ? `${stats.size}:${stats.mtimeMs}` : 'absent';
}
