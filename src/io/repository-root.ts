import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { toPosix } from './posix-path.ts';

/**
 * The working directory relative to the enclosing git repository's root
 * (POSIX; '' at the root, or when there is no repository), so reports can
 * name files as the repository does.
 */
export function repositoryPrefix(cwd: string): string {
  for (let dir = cwd; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return toPosix(relative(dir, cwd));
    if (dirname(dir) === dir) return '';
  }
}
