import { createRequire } from 'node:module';
import type { Lang, SgNode } from '@ast-grep/napi';
import type { SourceFile } from '../source-file.ts';

// The native parser costs more to load than scanning a small tree, and most
// runs never parse: it is required when the first JS/TS file needs a tree.
const require = createRequire(import.meta.url);
let napi: typeof import('@ast-grep/napi') | undefined;
function parser(): typeof import('@ast-grep/napi') {
  napi ??= require('@ast-grep/napi') as typeof import('@ast-grep/napi');
  return napi;
}

/** File name endings parsed as JavaScript or TypeScript. */
export const JS_EXTENSIONS: readonly string[] = ['js', 'mjs', 'cjs', 'jsx', 'ts', 'mts', 'cts', 'tsx'];

const JS_FILE = /\.(?:[mc]?[jt]s|[jt]sx)$/;

export function isJsFile(path: string): boolean {
  return JS_FILE.test(path);
}

/** TypeScript grammars have typed parameters and name class fields differently. */
export function isTypeScript(path: string): boolean {
  return /\.(?:[mc]?ts|tsx)$/.test(path);
}

export function languageOf(path: string): Lang {
  const { Lang } = parser();
  if (path.endsWith('.tsx')) return Lang.Tsx;
  return /\.[mc]?ts$/.test(path) ? Lang.TypeScript : Lang.JavaScript;
}

// The dockerode extractor and the guard pass read the same file: parse it once.
// Keyed by the SourceFile object, which lives as long as one file's extraction.
const trees = new WeakMap<SourceFile, SgNode | null>();

/**
 * The syntax tree of a JS/TS file, or undefined when the parser fails. The
 * grammar recovers from syntax errors by itself; a thrown error (a native
 * failure, an exhausted stack) means "no tree", never a failed lint.
 */
export function parseSource(file: SourceFile): SgNode | undefined {
  let root = trees.get(file);
  if (root === undefined) {
    try {
      root = parser().parse(languageOf(file.path), file.text).root();
    } catch {
      root = null;
    }
    trees.set(file, root);
  }
  return root ?? undefined;
}
