import type { SgNode } from '@ast-grep/napi';

/** Small readers over the tree-sitter Go grammar, shared by the generator and the extractor. */

export const named = (node: SgNode): SgNode[] => node.children().filter((child) => child.isNamed());

/** The text of a string literal (interpreted or raw), or undefined for any other node. */
export function stringLiteral(node: SgNode | null | undefined): string | undefined {
  if (!node) return undefined;
  const kind = node.kind();
  if (kind === 'raw_string_literal') return node.text().slice(1, -1);
  if (kind !== 'interpreted_string_literal') return undefined;
  try {
    return JSON.parse(node.text()) as string;
  } catch {
    return node.text().slice(1, -1);
  }
}

/** 1-based line of a node's start. */
export const lineOf = (node: SgNode): number => node.range().start.line + 1;

/** Import alias → import path for one file (the alias is the path's last element when none is written). */
export function importsOf(root: SgNode): Map<string, string> {
  const imports = new Map<string, string>();
  for (const spec of root.findAll({ rule: { kind: 'import_spec' } })) {
    const path = stringLiteral(spec.field('path'));
    if (path === undefined) continue;
    const alias = spec.field('name')?.text();
    if (alias === '_' || alias === '.') continue;
    imports.set(alias ?? defaultAlias(path), path);
  }
  return imports;
}

/** Go's package name for an import path: the last element, skipping a major-version suffix (`/v2`). */
export function defaultAlias(path: string): string {
  const parts = path.split('/');
  const last = parts.at(-1) ?? path;
  return /^v\d+$/.test(last) && parts.length > 1 ? (parts.at(-2) ?? last) : last;
}

/** The expressions of an argument list, keyed elements excluded. */
export const argumentsOf = (call: SgNode): SgNode[] => {
  const list = call.field('arguments');
  return list ? named(list).filter((arg) => arg.kind() !== 'comment') : [];
};

/** Strips parentheses, `&` and `*` around an expression. */
export function unwrap(node: SgNode): SgNode {
  let current = node;
  for (;;) {
    const kind = current.kind();
    if (kind === 'parenthesized_expression') current = named(current)[0] ?? current;
    else if (kind === 'unary_expression' && ['&', '*'].includes(current.field('operator')?.text() ?? ''))
      current = current.field('operand') ?? current;
    else return current;
  }
}
