import type { SgNode } from '@ast-grep/napi';
import { namedChildren, stringValue, unwrap } from '../js/syntax.ts';
import { type Atom, type Comparison, MIRRORED, type Operator } from './range.ts';
import type { VersionSources } from './version-source.ts';

/**
 * The comparisons of the daemon's API version that count as guards. Each
 * shape is a row: a function name and how its result compares, or an operator.
 * docs/guards.md lists them with examples.
 */

/** `semver.gte(v, '1.41.0')`, or `gte` imported by name: the call is the comparison. */
const PREDICATES: Readonly<Record<string, Operator>> = {
  gte: '>=',
  gt: '>',
  lt: '<',
  lte: '<=',
  eq: '==',
  neq: '!=',
};

/** `compareVersions(v, '1.41') >= 0`: a three-way compare whose sign is tested. */
const THREE_WAY = new Set([
  'compareVersions',
  'compareVersion',
  'versionCompare',
  'compareApiVersions',
  'semverCompare',
  'compare',
]);

const OPERATORS: Readonly<Record<string, Operator>> = {
  '>=': '>=',
  '>': '>',
  '<': '<',
  '<=': '<=',
  '==': '==',
  '===': '==',
  '!=': '!=',
  '!==': '!=',
};

/** Which signs of a three-way result an operator and constant accept → the comparison it means. */
const BY_SIGNS: Readonly<Record<string, Operator>> = {
  '0,1': '>=',
  '1': '>',
  '-1': '<',
  '-1,0': '<=',
  '0': '==',
  '-1,1': '!=',
};

const VERSION = /^v?(\d{1,3})\.(\d{1,3})(?:\.\d+)?(?:[-+].*)?$/;

/** A bound as an API version. A number's fraction is decimal: `1.4` is 1.40. */
export function boundOf(text: string, numeric: boolean): string | undefined {
  const match = VERSION.exec(text.trim());
  if (!match) return undefined;
  const [, major = '', minor = ''] = match;
  return `${Number(major)}.${numeric && minor.length === 1 ? Number(minor) * 10 : Number(minor)}`;
}

/** The guard atoms a node is, directly: one comparison, or several for a semver range. */
export function atomsOf(node: SgNode, sources: VersionSources): Atom[] | undefined {
  const n = unwrap(node);
  if (n.kind() === 'call_expression') return callAtoms(n, sources);
  if (n.kind() !== 'binary_expression') return undefined;
  const op = OPERATORS[n.field('operator')?.text() ?? ''];
  const left = n.field('left');
  const right = n.field('right');
  if (!op || !left || !right) return undefined;
  return (
    threeWay(left, op, right, sources) ??
    threeWay(right, MIRRORED[op], left, sources) ??
    literalCompare(left, op, right, sources) ??
    literalCompare(right, MIRRORED[op], left, sources)
  );
}

/** `v >= 1.41`, `parseFloat(v) >= 1.41`, `v >= '1.41'`. */
function literalCompare(versionSide: SgNode, op: Operator, literal: SgNode, sources: VersionSources) {
  if (!sources.holdsVersion(versionSide)) return undefined;
  const value = unwrap(literal);
  const numeric = value.kind() === 'number';
  const text = numeric ? value.text() : stringValue(value);
  const bound = text === undefined ? undefined : boundOf(text, numeric);
  const compare: Comparison = numeric ? 'number' : 'string';
  return bound ? [{ op, bound, compare }] : undefined;
}

function threeWay(callSide: SgNode, op: Operator, constant: SgNode, sources: VersionSources) {
  const call = unwrap(callSide);
  const sign = Number(unwrap(constant).text());
  if (call.kind() !== 'call_expression' || ![-1, 0, 1].includes(sign)) return undefined;
  if (!THREE_WAY.has(calleeName(call) ?? '')) return undefined;
  const compared = versionAndBound(call, sources);
  if (!compared) return undefined;
  const signs = [-1, 0, 1].filter((s) => holds(s, op, sign));
  const meaning = BY_SIGNS[signs.join(',')];
  if (!meaning) return undefined;
  return [
    {
      op: compared.mirrored ? MIRRORED[meaning] : meaning,
      bound: compared.bound,
      compare: 'version' as const,
    },
  ];
}

function holds(value: number, op: Operator, constant: number): boolean {
  switch (op) {
    case '>=':
      return value >= constant;
    case '>':
      return value > constant;
    case '<':
      return value < constant;
    case '<=':
      return value <= constant;
    case '==':
      return value === constant;
    case '!=':
      return value !== constant;
  }
}

function callAtoms(call: SgNode, sources: VersionSources): Atom[] | undefined {
  const name = calleeName(call) ?? '';
  const args = namedChildren(call.field('arguments') ?? call);
  const predicate = PREDICATES[name];
  // compare-versions' `compare(v, '1.41', '>=')` names the operator itself.
  const named = THREE_WAY.has(name) && args[2] ? OPERATORS[stringValue(args[2]) ?? ''] : undefined;
  const op = predicate ?? named;
  if (op) {
    const compared = versionAndBound(call, sources);
    return (
      compared && [{ op: compared.mirrored ? MIRRORED[op] : op, bound: compared.bound, compare: 'version' }]
    );
  }
  if (name !== 'satisfies' || !args[0] || !args[1] || !sources.holdsVersion(args[0])) return undefined;
  const range = stringValue(unwrap(args[1]));
  return range === undefined ? undefined : rangeAtoms(range);
}

/** A semver range of comparators joined by spaces (a conjunction); `||` ranges are not guards. */
function rangeAtoms(range: string): Atom[] | undefined {
  if (range.includes('||')) return undefined;
  const atoms: Atom[] = [];
  for (const part of range.trim().split(/\s+/)) {
    const match = /^(>=|>|<=|<|=|\^|~)?\s*(.+)$/.exec(part);
    const bound = match?.[2] ? boundOf(match[2], false) : undefined;
    if (!match || !bound) return undefined;
    const sign = match[1] ?? '=';
    // `^1.41` and `~1.41` both admit 1.41 and every later minor of API 1.
    const op: Operator = sign === '^' || sign === '~' ? '>=' : sign === '=' ? '==' : (sign as Operator);
    atoms.push({ op, bound, compare: 'version' });
  }
  return atoms.length > 0 ? atoms : undefined;
}

/** The compared pair of a two-argument call: which side is the version, and the literal bound. */
function versionAndBound(call: SgNode, sources: VersionSources) {
  const [a, b] = namedChildren(call.field('arguments') ?? call);
  if (!a || !b) return undefined;
  const mirrored = !sources.holdsVersion(a);
  const [versionSide, literal] = mirrored ? [b, a] : [a, b];
  if (!sources.holdsVersion(versionSide)) return undefined;
  const text = stringValue(unwrap(literal));
  const bound = text === undefined ? undefined : boundOf(text, false);
  return bound ? { bound, mirrored } : undefined;
}

function calleeName(call: SgNode): string | undefined {
  const callee = call.field('function');
  if (!callee) return undefined;
  if (callee.kind() === 'identifier') return callee.text();
  return callee.kind() === 'member_expression' ? callee.field('property')?.text() : undefined;
}
