import { existsSync } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { readRegularFile } from '../../io/read-regular.ts';

/** The .gitignore rules of one directory, matched against paths relative to it. */
interface IgnoreLayer {
  /** The directory with a trailing separator: paths below it start with this. */
  readonly prefix: string;
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
    return rules ? new GitignoreStack([...this.layers, { prefix: `${dir}${path.sep}`, rules }]) : this;
  }

  /**
   * Whether a path below the stack's directories is ignored. The walker builds
   * paths by joining names onto these directories, so a prefix test stands in
   * for path.relative, which costs more than the matching on large trees.
   */
  ignores(absolute: string, isDirectory: boolean): boolean {
    for (const layer of this.layers) {
      if (!absolute.startsWith(layer.prefix) || absolute.length === layer.prefix.length) continue;
      const below = absolute.slice(layer.prefix.length);
      const relative = path.sep === '/' ? below : below.split(path.sep).join('/');
      if (layer.rules.ignores(isDirectory ? `${relative}/` : relative)) return true;
    }
    return false;
  }
}

function readRules(dir: string): Ignore | undefined {
  let text: string | undefined;
  try {
    text = readRegularFile(path.join(dir, '.gitignore'), '.gitignore');
  } catch {
    // Unreadable, or a FIFO or folder named .gitignore: git would not read it either.
    return undefined;
  }
  return text === undefined ? undefined : ignore().add(text);
}
