import type { Options } from 'yargs';
import type { CacheOptions } from '../../lint/cache/scan-cache.ts';
import { say } from '../say.ts';
import { textOption } from './values.ts';

/** What `--cache` adds to a command's arguments. */
export interface CacheOptionArgs {
  cache?: boolean;
  cacheLocation?: string;
}

const CACHE = 'Cache:';

/** `--cache` and `--cache-location`, as ESLint names them (one `.options()` call per command). */
export const CACHE_OPTIONS = {
  cache: {
    type: 'boolean',
    group: CACHE,
    describe: 'Keep per-file results and read only the files changed since the last run',
  },
  // One path, given once: the option layer refuses a repeated or empty value with a reason.
  'cache-location': textOption('cache-location', {
    group: CACHE,
    describe: 'Cache file or directory (default node_modules/.cache/docker-api-compat/)',
    what: 'a file or directory',
  }),
} as const satisfies Record<string, Options>;

/** The scan's cache option for these arguments (`--cache-location` alone turns the cache on). */
export function cacheOf(args: CacheOptionArgs): { cache: CacheOptions } | undefined {
  if (args.cache === false || (!args.cache && args.cacheLocation === undefined)) return undefined;
  return {
    cache: {
      ...(args.cacheLocation !== undefined && { location: args.cacheLocation }),
      onNote: (line) => say(`warning: ${line}`),
    },
  };
}
