import { sep } from 'node:path';

/** A path with `/` separators, as reports, baselines and globs write them. */
export function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}
