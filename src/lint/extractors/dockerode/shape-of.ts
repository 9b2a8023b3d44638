import type { SgNode } from '@ast-grep/napi';
import { FUNCTION_KINDS, keyName, kindOf, namedChildren, stringValue, unwrap } from '../../js/syntax.ts';
import type { Position } from '../../usage.ts';
import { type ArrayShape, mergeObjects, type ObjectShape, type Shape, unknownShape } from './shape.ts';

/** Same-file `const` initialisers by name, so options built beforehand are read too. */
export type Constants = ReadonlyMap<string, SgNode>;

const MAX_DEPTH = 12;

/** What a value expression shows: object keys, array items, a string, a function. */
export function shapeOf(node: SgNode, constants: Constants, depth = 0): Shape {
  if (depth > MAX_DEPTH) return unknownShape;
  const n = unwrap(node);
  const kind = kindOf(n);
  if (kind === 'object') return objectShape(n, constants, depth);
  if (kind === 'array') return arrayShape(n, constants, depth);
  if (FUNCTION_KINDS.has(kind)) return { kind: 'function' };
  const text = stringValue(n);
  if (text !== undefined) return { kind: 'string', value: text, at: positionOf(n) };
  if (kind === 'identifier') {
    const init = constants.get(n.text());
    // A constant's own name inside its initialiser would loop; depth stops it.
    if (init) return shapeOf(init, constants, depth + 1);
  }
  return unknownShape;
}

function objectShape(node: SgNode, constants: Constants, depth: number): ObjectShape {
  const parts: ObjectShape[] = [];
  let keys = new Map<string, Shape>();
  let keyAt = new Map<string, Position>();
  let complete = true;
  const flush = () => {
    parts.push({ kind: 'object', keys, keyAt, complete: true });
    keys = new Map();
    keyAt = new Map();
  };
  for (const member of namedChildren(node)) {
    const kind = member.kind();
    if (kind === 'pair') {
      const key = member.field('key');
      const value = member.field('value');
      const name = key ? keyName(key) : undefined;
      if (name === undefined) complete = false;
      else {
        keys.set(name, value ? shapeOf(value, constants, depth + 1) : unknownShape);
        if (key) keyAt.set(name, positionOf(key));
      }
    } else if (kind === 'shorthand_property_identifier') {
      keys.set(member.text(), shapeOf(member, constants, depth + 1));
      keyAt.set(member.text(), positionOf(member));
    } else if (kind === 'method_definition') {
      const key = member.field('name');
      const name = key ? keyName(key) : undefined;
      if (name !== undefined) keys.set(name, { kind: 'function' });
    } else if (kind === 'spread_element') {
      const inner = namedChildren(member)[0];
      const spread = inner ? shapeOf(inner, constants, depth + 1) : unknownShape;
      flush();
      if (spread.kind === 'object') parts.push(spread);
      else complete = false;
    }
  }
  flush();
  const merged = mergeObjects(parts);
  return { ...merged, complete: complete && merged.complete };
}

function arrayShape(node: SgNode, constants: Constants, depth: number): ArrayShape {
  const items = namedChildren(node)
    .map((item) => shapeOf(item, constants, depth + 1))
    .filter((shape): shape is ObjectShape => shape.kind === 'object');
  return { kind: 'array', items };
}

/** 1-based position of a node's first character. */
export function positionOf(node: SgNode): Position {
  const { start } = node.range();
  return { line: start.line + 1, column: start.column + 1 };
}

/** `const NAME = <object, array or string>` declarations anywhere in the file. */
export function collectConstants(root: SgNode): Map<string, SgNode> {
  const constants = new Map<string, SgNode>();
  for (const declaration of root.findAll({ rule: { kind: 'lexical_declaration', regex: '^const\\b' } })) {
    for (const declarator of namedChildren(declaration)) {
      if (declarator.kind() !== 'variable_declarator') continue;
      const name = declarator.field('name');
      const value = declarator.field('value');
      if (name?.kind() !== 'identifier' || !value) continue;
      const inner = unwrap(value).kind();
      if (inner === 'object' || inner === 'array' || stringValue(unwrap(value)) !== undefined)
        constants.set(name.text(), value);
    }
  }
  return constants;
}
