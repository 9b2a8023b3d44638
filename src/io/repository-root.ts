import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { toPosix } from './posix-path.ts';

/** The nearest folder at or above `cwd` that holds `.git` (a folder or a worktree file); undefined outside a repository. */
export function repositoryRoot(cwd: string): string | undefined {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * The working directory relative to the enclosing git repository's root
 * (POSIX; '' at the root, or when there is no repository), so reports can
 * name files as the repository does.
 */
export function repositoryPrefix(cwd: string): string {
  const root = repositoryRoot(cwd);
  return root === undefined ? '' : toPosix(relative(root, resolve(cwd)));
}
