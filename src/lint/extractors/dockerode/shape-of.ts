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
  const key =
    kind === 'identifier' ? n.text() : kind === 'member_expression' ? memberKey(n, constants) : undefined;
  if (key !== undefined) {
    const init = constants.get(key);
    // A constant's own name inside its initialiser would loop; depth stops it.
    const shape = init ? shapeOf(init, constants, depth + 1) : unknownShape;
    const assigned = propertyAssignments.get(constants)?.get(key);
    if (assigned && shape.kind === 'object') return withAssignments(shape, assigned, constants, depth);
    if (shape.kind !== 'unknown' || kind === 'identifier') return shape;
  }
  if (kind === 'member_expression') return memberShape(n, constants, depth);
  if (kind === 'call_expression' && n.field('function')?.text() === 'Object.assign') {
    const args = n.field('arguments');
    const parts = (args ? namedChildren(args) : []).map((arg) => shapeOf(arg, constants, depth + 1));
    const objects = parts.filter((part): part is ObjectShape => part.kind === 'object');
    return mergeObjects(objects);
  }
  return unknownShape;
}

/** `options.WorkingDir = dir` written after `const options = {…}`: by variable name, in source order. */
interface Assignment {
  readonly key: string;
  readonly at: Position;
  readonly value: SgNode;
}
const propertyAssignments = new WeakMap<Constants, Map<string, Assignment[]>>();

function withAssignments(
  shape: ObjectShape,
  assigned: readonly Assignment[],
  constants: Constants,
  depth: number,
): ObjectShape {
  const keys = new Map(shape.keys);
  const keyAt = new Map(shape.keyAt);
  for (const { key, at, value } of assigned) {
    keys.set(key, shapeOf(value, constants, depth + 1));
    keyAt.set(key, at);
  }
  return { ...shape, keys, keyAt };
}

/** `self.createOpts` → `this.createOpts` when `self` is an alias of `this`. */
export function memberKey(node: SgNode, constants: Constants): string | undefined {
  const object = node.field('object');
  const property = node.field('property');
  if (!object || !property) return undefined;
  const aliased = object.kind() === 'this' || thisAliases.get(constants)?.has(object.text());
  return aliased ? `this.${property.text()}` : undefined;
}

/** `self.createOpts.HostConfig`: the key of an object known by name. */
function memberShape(node: SgNode, constants: Constants, depth: number): Shape {
  const object = node.field('object');
  const property = node.field('property');
  if (!object || !property) return unknownShape;
  const outer = shapeOf(object, constants, depth + 1);
  return outer.kind === 'object' ? (outer.keys.get(property.text()) ?? unknownShape) : unknownShape;
}

const thisAliases = new WeakMap<Constants, Set<string>>();

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
  const aliases = new Set<string>();
  for (const declaration of root.findAll({ rule: { kind: 'lexical_declaration', regex: '^const\\b' } })) {
    for (const declarator of namedChildren(declaration)) {
      if (declarator.kind() !== 'variable_declarator') continue;
      const name = declarator.field('name');
      const value = declarator.field('value');
      if (name?.kind() !== 'identifier' || !value) continue;
      const inner = unwrap(value).kind();
      if (inner === 'this') aliases.add(name.text());
      if (
        inner === 'object' ||
        inner === 'array' ||
        stringValue(unwrap(value)) !== undefined ||
        isMerge(value)
      )
        constants.set(name.text(), value);
    }
  }
  collectAssignments(root, constants, aliases);
  thisAliases.set(constants, aliases);
  return constants;
}

function isMerge(value: SgNode): boolean {
  return (
    unwrap(value).kind() === 'call_expression' && unwrap(value).field('function')?.text() === 'Object.assign'
  );
}

/**
 * `this.opts = {…}` (an options object kept in a field) and `name.Key = value`
 * (options completed after the literal), file-wide like the constants.
 */
function collectAssignments(
  root: SgNode,
  constants: Map<string, SgNode>,
  aliases: ReadonlySet<string>,
): void {
  const byName = new Map<string, Assignment[]>();
  for (const assignment of root.findAll({
    rule: { kind: 'assignment_expression', has: { field: 'left', kind: 'member_expression' } },
  })) {
    const left = assignment.field('left');
    const right = assignment.field('right');
    const object = left?.field('object');
    const property = left?.field('property');
    if (!left || !right || !object || !property) continue;
    const owner =
      object.kind() === 'this' || aliases.has(object.text())
        ? 'this'
        : object.kind() === 'identifier'
          ? object.text()
          : undefined;
    if (owner === 'this') {
      const inner = unwrap(right).kind();
      if ((inner === 'object' || isMerge(right)) && !constants.has(`this.${property.text()}`))
        constants.set(`this.${property.text()}`, right);
      continue;
    }
    if (owner === undefined || property.kind() !== 'property_identifier') continue;
    const list = byName.get(owner) ?? [];
    list.push({ key: property.text(), at: positionOf(property), value: right });
    byName.set(owner, list);
  }
  propertyAssignments.set(constants, byName);
}
