import { DEFAULT_EXCLUDED_DIRS } from '../constants.ts';
import { readCapped } from './read-capped.ts';
import type { FileListing, SourceProvider } from './types.ts';
import { walk } from './walk.ts';

export interface FileSystemProviderOptions {
  readonly cwd: string;
  /** Paths and globs; default `.`. */
  readonly paths?: readonly string[];
  readonly excludeDirs?: readonly string[];
  readonly gitignore?: boolean;
  readonly exclude?: readonly string[];
}

/** Files on disk, listed from paths and globs. */
export function fileSystemProvider(options: FileSystemProviderOptions): SourceProvider {
  return {
    list: async (): Promise<FileListing> =>
      walk(options.paths?.length ? options.paths : ['.'], {
        cwd: options.cwd,
        excludeDirs: options.excludeDirs ?? DEFAULT_EXCLUDED_DIRS,
        gitignore: options.gitignore,
        ...(options.exclude && { exclude: options.exclude }),
      }),
    read: async (entry, maxBytes) => readCapped(entry, maxBytes),
  };
}
