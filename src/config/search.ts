import { dirname, resolve } from 'node:path';

/**
 * The folders searched for a config: from `cwd` up to the repository root,
 * both included; only `cwd` when it is in no repository. A config in a
 * parent folder of the project (a home directory, a shared checkout) is
 * someone else's and never applies.
 */
export function configSearchDirs(cwd: string, root: string | undefined): string[] {
  const start = resolve(cwd);
  if (root === undefined) return [start];
  const dirs: string[] = [];
  for (let dir = start; ; dir = dirname(dir)) {
    dirs.push(dir);
    if (dir === root || dirname(dir) === dir) return dirs;
  }
}
