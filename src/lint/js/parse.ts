import type { SgNode } from '@ast-grep/napi';
import { LANGUAGES } from '../parse/languages.ts';
import { treeOf } from '../parse/service.ts';
import type { SourceFile } from '../source-file.ts';

/** File name endings parsed as JavaScript or TypeScript. */
export const JS_EXTENSIONS: readonly string[] = [
  ...LANGUAGES.javascript.extensions,
  ...LANGUAGES.typescript.extensions,
  ...LANGUAGES.tsx.extensions,
];

const JS_FILE = /\.(?:[mc]?[jt]s|[jt]sx)$/;

export function isJsFile(path: string): boolean {
  return JS_FILE.test(path);
}

/** TypeScript grammars have typed parameters and name class fields differently. */
export function isTypeScript(path: string): boolean {
  return /\.(?:[mc]?ts|tsx)$/.test(path);
}

/** The syntax tree of a JS/TS file from the parser service, or undefined when the parser fails. */
export function parseSource(file: SourceFile): SgNode | undefined {
  return isJsFile(file.path) ? treeOf(file) : undefined;
}
