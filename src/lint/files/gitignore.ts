import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';

/** The .gitignore rules of one directory, matched against paths relative to it. */
interface IgnoreLayer {
  readonly dir: string;
  readonly rules: Ignore;
}

/**
 * Gitignore rules along a directory chain: each directory's `.gitignore`
 * applies to the paths below it, as git reads them.
 */
export class GitignoreStack {
  private readonly layers: readonly IgnoreLayer[];

  private constructor(layers: readonly IgnoreLayer[]) {
    this.layers = layers;
  }

  /** Rules from the repository root (nearest `.git` above `dir`) down to `dir`. */
  static forDirectory(dir: string): GitignoreStack {
    const chain: string[] = [];
    let current = path.resolve(dir);
    for (;;) {
      chain.unshift(current);
      if (existsSync(path.join(current, '.git'))) break;
      const parent = path.dirname(current);
      if (parent === current) {
        // Not in a repository: only the scanned directory's own rules apply.
        chain.splice(0, chain.length - 1);
        break;
      }
      current = parent;
    }
    let stack = new GitignoreStack([]);
    for (const each of chain) stack = stack.enter(each);
    return stack;
  }

  /** The stack for a subdirectory: adds its `.gitignore`, if any. */
  enter(dir: string): GitignoreStack {
    const rules = readRules(dir);
    return rules ? new GitignoreStack([...this.layers, { dir, rules }]) : this;
  }

  ignores(absolute: string, isDirectory: boolean): boolean {
    for (const layer of this.layers) {
      const relative = path.relative(layer.dir, absolute).split(path.sep).join('/');
      if (relative === '' || relative.startsWith('..')) continue;
      if (layer.rules.ignores(isDirectory ? `${relative}/` : relative)) return true;
    }
    return false;
  }
}

function readRules(dir: string): Ignore | undefined {
  let text: string;
  try {
    text = readFileSync(path.join(dir, '.gitignore'), 'utf8');
  } catch {
    return undefined;
  }
  return ignore().add(text);
}
