import type { SgNode } from '@ast-grep/napi';
import { type LanguageId, languageOfPath } from '../../parse/languages.ts';
import type { ExtractInput } from '../types.ts';

/**
 * The named functions and methods of a file, from its syntax tree: a
 * variable a request passes is looked for in the function around the
 * request, so a `body` of another method is never taken for this one's.
 * Closures are not scopes here: a callback reads its function's variables.
 * JavaScript is left to the text scanner: its files are many and most
 * hold no request, and a parse would cost more than it saves.
 */
const FUNCTION_KINDS: Partial<Record<LanguageId, readonly string[]>> = {
  python: ['function_definition'],
  go: ['function_declaration', 'method_declaration'],
  java: ['method_declaration', 'constructor_declaration'],
  rust: ['function_item'],
  ruby: ['method', 'singleton_method'],
  php: ['method_declaration', 'function_definition'],
  csharp: ['method_declaration', 'constructor_declaration', 'local_function_statement'],
};

type Ranges = readonly (readonly [number, number])[];

/** A lookup of the start of the function holding an offset (0 outside any, or without a tree). */
export function functionScopes(input: ExtractInput): (offset: number) => number {
  const language = languageOfPath(input.file.path);
  const kinds = language === undefined ? undefined : FUNCTION_KINDS[language];
  let ranges: Ranges | undefined;
  return (offset) => {
    if (!kinds) return 0;
    ranges ??= rangesOf(input.tree(language), kinds);
    let start = 0;
    // Outermost named function holding the offset: nested named functions are rare, closures excluded.
    for (const [from, to] of ranges) {
      if (from <= offset && offset < to) {
        start = from;
        break;
      }
    }
    return start;
  };
}

function rangesOf(root: SgNode | undefined, kinds: readonly string[]): Ranges {
  if (!root) return [];
  try {
    return root
      .findAll({ rule: { any: kinds.map((kind) => ({ kind })) } })
      .map((node) => {
        const { start, end } = node.range();
        return [start.index, end.index] as const;
      })
      .sort((a, b) => a[0] - b[0]);
  } catch {
    return [];
  }
}
