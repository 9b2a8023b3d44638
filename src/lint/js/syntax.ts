import type { SgNode } from '@ast-grep/napi';

/**
 * Small readers over the tree-sitter JavaScript / TypeScript grammars as
 * ast-grep exposes them. Kind names are the grammars' (`call_expression`,
 * `member_expression`, `pair`…).
 */

/** The node's grammar kind as a plain string (the typed form only narrows for known grammars). */
export const kindOf = (node: SgNode): string => node.kind() as string;

/** Named children only: punctuation and comments are not values. */
export function namedChildren(node: SgNode): SgNode[] {
  return node.children().filter((c) => c.isNamed() && c.kind() !== 'comment');
}

/** Kinds that only wrap an expression without changing its value. */
const WRAPPERS = new Set([
  'parenthesized_expression',
  'as_expression',
  'satisfies_expression',
  'non_null_expression',
  'type_assertion',
]);

/** The expression under parentheses, `as`, `satisfies` and `!`. */
export function unwrap(node: SgNode): SgNode {
  let current = node;
  while (WRAPPERS.has(kindOf(current))) {
    const inner = namedChildren(current).find((c) => !kindOf(c).includes('type'));
    if (!inner) break;
    current = inner;
  }
  return current;
}

/** The text of a string literal or a template without substitutions; undefined otherwise. */
export function stringValue(node: SgNode): string | undefined {
  const kind = node.kind();
  if (kind !== 'string' && kind !== 'template_string') return undefined;
  if (namedChildren(node).some((c) => c.kind() === 'template_substitution')) return undefined;
  return node.text().slice(1, -1);
}

/** The static name of an object key or class member: `a`, `'a'`, `1`; undefined when computed. */
export function keyName(node: SgNode): string | undefined {
  const kind = node.kind();
  if (kind === 'property_identifier' || kind === 'identifier' || kind === 'private_property_identifier')
    return node.text();
  if (kind === 'number') return node.text();
  return stringValue(node);
}

/** `this.name` or a plain identifier as a lookup key; undefined for anything else. */
export function referenceKey(node: SgNode): string | undefined {
  const n = unwrap(node);
  if (n.kind() === 'identifier' || n.kind() === 'shorthand_property_identifier') return n.text();
  if (n.kind() === 'member_expression') {
    const object = n.field('object');
    const property = n.field('property');
    if (object?.kind() === 'this' && property) return `this.${property.text()}`;
  }
  return undefined;
}

/** Parameter nodes of a function: identifiers, patterns, TS required/optional parameters. */
export function parameters(fn: SgNode): SgNode[] {
  const single = fn.field('parameter');
  if (single) return [single];
  const list = fn.field('parameters');
  return list ? namedChildren(list) : [];
}

/** The bound name of a parameter (`x`, `x: T`, `private x: T`, `x = 1`). */
export function parameterName(param: SgNode): SgNode | undefined {
  if (param.kind() === 'identifier') return param;
  const pattern = param.field('pattern') ?? param.field('left');
  return pattern?.kind() === 'identifier' ? pattern : undefined;
}

export const FUNCTION_KINDS = new Set(['arrow_function', 'function_expression', 'function']);
