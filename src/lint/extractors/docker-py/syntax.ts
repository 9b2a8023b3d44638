import type { SgNode } from '@ast-grep/napi';

/**
 * Small readers over the Python grammar's nodes, shared by the generator
 * (which reads docker-py) and the extractor (which reads code using it).
 */

const PREFIX = /^[rRbBuUfF]*/;

/**
 * The value of a string literal without interpolation (`'a'`, `"a" 'b'`,
 * `r'x'`), or undefined for anything else (f-strings with fields included).
 */
export function stringValue(node: SgNode | null | undefined): string | undefined {
  if (!node) return undefined;
  if (node.kind() === 'concatenated_string') {
    let text = '';
    for (const part of node.children()) {
      const value = stringValue(part);
      if (value === undefined) return undefined;
      text += value;
    }
    return text;
  }
  if (node.kind() !== 'string') return undefined;
  let text = '';
  for (const part of node.children()) {
    const kind = part.kind();
    if (kind === 'string_content') text += part.text();
    else if (kind === 'escape_sequence') text += unescapeSequence(part.text());
    else if (kind === 'interpolation') return undefined;
  }
  return text;
}

function unescapeSequence(sequence: string): string {
  const simple: Record<string, string> = { n: '\n', t: '\t', '\\': '\\', "'": "'", '"': '"' };
  return simple[sequence.slice(1)] ?? sequence;
}

/** True for a string literal opened with a prefix of `f`. */
export function isFString(node: SgNode): boolean {
  return node.kind() === 'string' && /f/i.test(PREFIX.exec(node.text())?.[0] ?? '');
}

/** The dotted name of an identifier or attribute chain (`self.client.api`), or undefined. */
export function dottedName(node: SgNode | null | undefined): string | undefined {
  if (!node) return undefined;
  if (node.kind() === 'identifier') return node.text();
  if (node.kind() === 'dotted_name')
    return namedChildren(node)
      .map((part) => part.text())
      .join('.');
  if (node.kind() === 'attribute') {
    const object = dottedName(node.field('object'));
    const attribute = node.field('attribute')?.text();
    return object === undefined || attribute === undefined ? undefined : `${object}.${attribute}`;
  }
  return undefined;
}

/** The arguments of a call, split by shape. */
export interface CallArguments {
  readonly positional: SgNode[];
  readonly keywords: { readonly name: string; readonly nameNode: SgNode; readonly value: SgNode }[];
  /** Values after `*`. */
  readonly starArgs: SgNode[];
  /** Values after `**`. */
  readonly starKwargs: SgNode[];
}

export function callArguments(call: SgNode): CallArguments {
  const result: CallArguments = { positional: [], keywords: [], starArgs: [], starKwargs: [] };
  const list = call.field('arguments');
  if (!list) return result;
  for (const argument of list.children()) {
    const kind = argument.kind();
    if (kind === '(' || kind === ')' || kind === ',' || kind === 'comment') continue;
    if (kind === 'keyword_argument') {
      const nameNode = argument.field('name');
      const value = argument.field('value');
      if (nameNode && value) result.keywords.push({ name: nameNode.text(), nameNode, value });
    } else if (kind === 'list_splat') {
      const inner = argument.children().find((c) => c.kind() !== '*');
      if (inner) result.starArgs.push(inner);
    } else if (kind === 'dictionary_splat') {
      const inner = argument.children().find((c) => c.kind() !== '**');
      if (inner) result.starKwargs.push(inner);
    } else {
      result.positional.push(argument);
    }
  }
  return result;
}

/** Named children, without punctuation and comments. */
export function namedChildren(node: SgNode): SgNode[] {
  return node.children().filter((c) => c.isNamed() && c.kind() !== 'comment');
}

/** A function's parameters: plain names in order, and the `*args` / `**kwargs` names. */
export interface Parameters {
  readonly names: string[];
  readonly star?: string;
  readonly kwargs?: string;
}

export function parametersOf(def: SgNode): Parameters {
  const names: string[] = [];
  let star: string | undefined;
  let kwargs: string | undefined;
  for (const parameter of namedChildren(def.field('parameters') ?? def)) {
    const kind = parameter.kind();
    if (kind === 'identifier') names.push(parameter.text());
    else if (
      kind === 'default_parameter' ||
      kind === 'typed_default_parameter' ||
      kind === 'typed_parameter'
    ) {
      const name = parameter.field('name') ?? parameter.children().find((c) => c.kind() === 'identifier');
      if (name) names.push(name.text());
    } else if (kind === 'list_splat_pattern')
      star = parameter
        .children()
        .find((c) => c.kind() === 'identifier')
        ?.text();
    else if (kind === 'dictionary_splat_pattern')
      kwargs = parameter
        .children()
        .find((c) => c.kind() === 'identifier')
        ?.text();
  }
  return { names, ...(star ? { star } : {}), ...(kwargs ? { kwargs } : {}) };
}

/** 1-based line of a node. */
export const lineOf = (node: SgNode): number => node.range().start.line + 1;
