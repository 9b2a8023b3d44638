import { createRequire } from 'node:module';
import type { SgNode } from '@ast-grep/napi';
import type { SourceFile } from '../source-file.ts';
import { LANGUAGES, type LanguageId, type LanguageSpec, languageOfPath } from './languages.ts';

// The native parser costs more to load than scanning a small tree, and most
// runs never parse: it is loaded when the first file needs a tree, and every
// dynamic grammar is registered then, in one call (napi allows one registration).
const require = createRequire(import.meta.url);
let napi: typeof import('@ast-grep/napi') | undefined;

function parser(): typeof import('@ast-grep/napi') {
  if (napi) return napi;
  const loaded = require('@ast-grep/napi') as typeof import('@ast-grep/napi');
  const dynamic: Record<string, unknown> = {};
  for (const [id, spec] of Object.entries(LANGUAGES) as [LanguageId, LanguageSpec][]) {
    if (spec.dynamic) dynamic[id] = require(spec.dynamic);
  }
  loaded.registerDynamicLanguage(dynamic as Parameters<typeof loaded.registerDynamicLanguage>[0]);
  napi = loaded;
  return loaded;
}

function langArgument(id: LanguageId): string {
  const spec: LanguageSpec = LANGUAGES[id];
  return spec.builtin ? (parser().Lang[spec.builtin] as string) : id;
}

// Extractors and guard passes read the same file: it is parsed once per
// language. Keyed by the SourceFile object, which lives as long as one file's extraction.
const trees = new WeakMap<SourceFile, Map<LanguageId, SgNode | null>>();

/** How many trees were made since the process started: the scan yields to the event loop by this count. */
let parsed = 0;
export const parseCount = (): number => parsed;

/**
 * The syntax tree of a file in a language (default: the one its name says),
 * or undefined when no grammar reads it or the parser fails. The grammars
 * recover from syntax errors by themselves; a thrown error (a native
 * failure, an exhausted stack) means "no tree", never a failed lint.
 */
export function treeOf(file: SourceFile, language = languageOfPath(file.path)): SgNode | undefined {
  if (language === undefined) return undefined;
  let byLanguage = trees.get(file);
  if (!byLanguage) {
    byLanguage = new Map();
    trees.set(file, byLanguage);
  }
  let root = byLanguage.get(language);
  if (root === undefined) {
    try {
      const lang = langArgument(language);
      root = parser()
        .parse(lang as Parameters<typeof import('@ast-grep/napi').parse>[0], file.text)
        .root();
      parsed++;
    } catch {
      root = null;
    }
    byLanguage.set(language, root);
  }
  return root ?? undefined;
}

/** Parses a snippet with no file behind it (tests, the template). */
export function parseText(language: LanguageId, text: string): SgNode | undefined {
  return treeOf({ path: '', text }, language);
}

export { type LanguageId, languageOfPath } from './languages.ts';
