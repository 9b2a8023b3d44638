import type { SgNode } from '@ast-grep/napi';
import {
  compareApiVersions,
  normalizeApiVersion,
  tryParseApiVersion,
} from '../../../versions/api-version.ts';
import type { GuardCheck, GuardedRange } from '../../usage.ts';
import { position } from './elements.ts';
import type { DockerNames } from './imports.ts';
import { type Constants, literalNode } from './pins.ts';
import type { Scopes } from './scope.ts';
import { callArguments, dottedName, namedChildren, stringValue } from './syntax.ts';

/**
 * The API-version checks around a call that decide whether it runs:
 * docker-py's own `version_gte(client.api._version, "1.41")` /
 * `version_lt`, and comparisons of a version-holding expression with a
 * version literal: a string (`client.version()["ApiVersion"] >= "1.41"`,
 * compared as text, which the check records as unsound), a float, a tuple
 * (`(1, 41)`) or a parsed version (`Version(v) >= Version("1.41")`).
 */

type Op = GuardCheck['op'];

const FLIP: Record<Op, Op> = { '>=': '<=', '>': '<', '<': '>', '<=': '>=', '==': '==', '!=': '!=' };
const NEGATE: Record<Op, Op> = { '>=': '<', '>': '<=', '<': '>=', '<=': '>', '==': '!=', '!=': '==' };
const GTE = /(?:^|\.)version_gte$/;
const LT = /(?:^|\.)version_lt$/;
const PARSERS = /(?:^|\.)(?:Version|parse|parse_version|LooseVersion|StrictVersion)$/;
/** The other side must look like it holds a daemon API version. */
const VERSIONISH = /version/i;
const EXITS = new Set(['return_statement', 'raise_statement', 'continue_statement', 'break_statement']);

interface Guarded {
  readonly checks: GuardCheck[];
}

export class GuardReader {
  readonly #names: DockerNames;
  readonly #scopes: Scopes;
  readonly #constants: Constants;

  constructor(names: DockerNames, scopes: Scopes, constants: Constants) {
    this.#names = names;
    this.#scopes = scopes;
    this.#constants = constants;
  }

  /** The range the checks around `node` ensure, or undefined when none applies. */
  rangeOf(node: SgNode): GuardedRange | undefined {
    const found: Guarded = { checks: [] };
    let child = node;
    for (const ancestor of node.ancestors()) {
      const kind = ancestor.kind();
      if (kind === 'if_statement' || kind === 'elif_clause' || kind === 'conditional_expression')
        this.#branch(ancestor, child, found);
      if (kind === 'block') this.#earlierExits(ancestor, child, found);
      if (kind === 'function_definition') this.#skipMarks(ancestor, found);
      child = ancestor;
    }
    return summarise(found.checks);
  }

  #branch(statement: SgNode, child: SgNode, found: Guarded): void {
    if (statement.kind() === 'conditional_expression') {
      const [yes, condition, no] = namedChildren(statement);
      if (!condition) return;
      if (same(child, yes)) found.checks.push(...this.checks(condition, false));
      else if (same(child, no)) found.checks.push(...this.checks(condition, true));
      return;
    }
    const condition = statement.field('condition');
    if (!condition) return;
    if (same(child, statement.field('consequence'))) found.checks.push(...this.checks(condition, false));
    else if (child.kind() === 'else_clause' || child.kind() === 'elif_clause') {
      found.checks.push(...this.checks(condition, true));
      // An `elif` also follows every `elif` before it.
      for (const sibling of namedChildren(statement)) {
        if (same(sibling, child)) break;
        const earlier = sibling.kind() === 'elif_clause' ? sibling.field('condition') : null;
        if (earlier) found.checks.push(...this.checks(earlier, true));
      }
    }
  }

  /** `if version_lt(...): return` before the call in the same block. */
  #earlierExits(block: SgNode, child: SgNode, found: Guarded): void {
    for (const statement of namedChildren(block)) {
      if (same(statement, child)) return;
      if (statement.kind() !== 'if_statement') continue;
      const last = namedChildren(statement.field('consequence') ?? statement).at(-1);
      const exits = last && (EXITS.has(String(last.kind())) || /(?:^|\.)skip\(/.test(last.text()));
      const condition = statement.field('condition');
      const alternatives = namedChildren(statement).some(
        (c) => c.kind() === 'else_clause' || c.kind() === 'elif_clause',
      );
      if (exits && condition && !alternatives) found.checks.push(...this.checks(condition, true));
    }
  }

  /** `@pytest.mark.skipif(version_lt(...), reason=…)` on the test around the call. */
  #skipMarks(def: SgNode, found: Guarded): void {
    const decorated = def.parent();
    if (decorated?.kind() !== 'decorated_definition') return;
    for (const decorator of namedChildren(decorated)) {
      const call = decorator.find({ rule: { kind: 'call' } });
      if (!call || !/(?:^|\.)skipif$/.test(dottedName(call.field('function')) ?? '')) continue;
      const condition = callArguments(call).positional[0];
      if (condition) found.checks.push(...this.checks(condition, true));
    }
  }

  /** The checks a condition makes, negated when the code runs where it is false. */
  checks(condition: SgNode, negated: boolean): WhereTrue[] {
    const kind = condition.kind();
    if (kind === 'parenthesized_expression') {
      const inner = namedChildren(condition)[0];
      return inner ? this.checks(inner, negated) : [];
    }
    if (kind === 'not_operator') {
      const inner = condition.field('argument') ?? namedChildren(condition)[0];
      return inner ? this.checks(inner, !negated) : [];
    }
    if (kind === 'boolean_operator') {
      const operator = condition.field('operator')?.text();
      // Both parts hold under `a and b`, and under `not (a or b)`.
      if ((operator === 'and') !== negated) return [];
      return namedChildren(condition).flatMap((part) => this.checks(part, negated));
    }
    if (kind === 'identifier') {
      const bound = this.#scopes.lookup(condition.text(), condition).filter((b) => b.kind === 'value');
      if (bound.length !== 1 || bound[0]?.kind !== 'value') return [];
      return this.checks(bound[0].node, negated).map((check) => ({ ...check, ...position(condition) }));
    }
    if (kind === 'call' && condition.field('function')?.kind() === 'identifier') {
      // `if supports_cgroupns(client):` with `def supports_cgroupns(c): return version_gte(...)`.
      const def = this.#scopes.functionNamed(condition.field('function')?.text() ?? '');
      const returned = def ? this.#scopes.returnsOf(def) : [];
      if (returned.length === 1 && returned[0])
        return this.checks(returned[0], negated).map((check) => ({ ...check, ...position(condition) }));
    }
    const check =
      kind === 'call'
        ? this.#call(condition)
        : kind === 'comparison_operator'
          ? this.#comparison(condition)
          : undefined;
    if (!check) return [];
    // The range uses the negated comparison; the check itself is kept as written (GuardCheck.op).
    return [negated ? { ...check, op: NEGATE[check.op], written: check.op } : check];
  }

  #call(call: SgNode): GuardCheck | undefined {
    const callee =
      this.#names.canonical(dottedName(call.field('function'))) ?? dottedName(call.field('function')) ?? '';
    const op: Op | undefined = GTE.test(callee) ? '>=' : LT.test(callee) ? '<' : undefined;
    const bound = op && versionText(callArguments(call).positional[1], this.#constants);
    return op && bound ? { ...position(call), op, bound: bound.version, compare: 'version' } : undefined;
  }

  #comparison(node: SgNode): GuardCheck | undefined {
    const parts = namedChildren(node);
    const operators = node.children().filter((c) => !c.isNamed() || /^[<>=!]+$/.test(c.text()));
    if (parts.length !== 2 || operators.length !== 1) return undefined;
    const [left, right] = parts as [SgNode, SgNode];
    const op = operators[0]?.text() as Op;
    if (!(op in FLIP)) return undefined;
    const compared = this.#compareVersion(left, right, op) ?? this.#compareVersion(right, left, FLIP[op]);
    if (compared) return { ...position(node), ...compared };
    const leftVersion = versionText(left, this.#constants);
    const rightVersion = versionText(right, this.#constants);
    const [subject, literal, oriented] = rightVersion
      ? [left, rightVersion, op]
      : leftVersion
        ? [right, leftVersion, FLIP[op]]
        : [undefined, undefined, op];
    if (!subject || !literal || !VERSIONISH.test(this.#subjectText(subject))) return undefined;
    return { ...position(node), op: oriented, bound: literal.version, compare: literal.compare };
  }

  /**
   * docker-py's `compare_version(a, b) OP 0` (1 when b is newer, -1 when a
   * is): `compare_version("1.30", v) >= 0` is `v >= 1.30`.
   */
  #compareVersion(call: SgNode, zero: SgNode, op: Op): Omit<GuardCheck, 'line' | 'column'> | undefined {
    if (call.kind() !== 'call' || zero.text() !== '0') return undefined;
    const callee =
      this.#names.canonical(dottedName(call.field('function'))) ?? dottedName(call.field('function')) ?? '';
    if (!/(?:^|\.)compare_version$/.test(callee)) return undefined;
    const [a, b] = callArguments(call).positional;
    const first = versionText(a, this.#constants);
    const second = versionText(b, this.#constants);
    if (first) return { op, bound: first.version, compare: 'version' };
    return second ? { op: FLIP[op], bound: second.version, compare: 'version' } : undefined;
  }

  /** The text of what is compared, through one name (`v = client.version()["ApiVersion"]`). */
  #subjectText(subject: SgNode): string {
    if (subject.kind() !== 'identifier') return subject.text();
    const bound = this.#scopes.lookup(subject.text(), subject).filter((b) => b.kind === 'value');
    return [subject.text(), ...bound.map((b) => (b.kind === 'value' ? b.node.text() : ''))].join(' ');
  }
}

function same(a: SgNode | null | undefined, b: SgNode | null | undefined): boolean {
  return (
    !!a &&
    !!b &&
    a.range().start.index === b.range().start.index &&
    a.range().end.index === b.range().end.index
  );
}

/** A version literal and how it is compared. */
function versionText(
  node: SgNode | undefined,
  constants: Constants,
): { version: string; compare: GuardCheck['compare'] } | undefined {
  if (!node) return undefined;
  if (node.kind() === 'call' && PARSERS.test(dottedName(node.field('function')) ?? '')) {
    const inner = versionText(callArguments(node).positional[0], constants);
    return inner ? { version: inner.version, compare: 'version' } : undefined;
  }
  if (node.kind() === 'tuple') {
    const [major, minor] = namedChildren(node).map((n) => n.text());
    const version = major && minor ? tryParseApiVersion(`${major}.${minor}`) : undefined;
    return version ? { version: `${version.major}.${version.minor}`, compare: 'version' } : undefined;
  }
  const literal = literalNode(node, constants);
  if (!literal) return undefined;
  const text = stringValue(literal);
  if (text !== undefined && tryParseApiVersion(text))
    return { version: normalizeApiVersion(text), compare: 'string' };
  if (literal.kind() === 'float' && tryParseApiVersion(literal.text()))
    return { version: normalizeApiVersion(literal.text()), compare: 'number' };
  return undefined;
}

/** The range all checks ensure together; undefined when none bounds it. */
function summarise(checks: readonly WhereTrue[]): GuardedRange | undefined {
  let atLeast: string | undefined;
  let below: string | undefined;
  for (const check of checks) {
    const next = nextMinor(check.bound);
    if (check.op === '>=' || check.op === '==') atLeast = later(atLeast, check.bound);
    if (check.op === '>') atLeast = later(atLeast, next);
    if (check.op === '<') below = earlier(below, check.bound);
    if (check.op === '<=' || check.op === '==') below = earlier(below, next);
  }
  if (atLeast === undefined && below === undefined) return undefined;
  const asWritten = checks.map(({ written, ...check }) => (written ? { ...check, op: written } : check));
  return { ...(atLeast ? { atLeast } : {}), ...(below ? { below } : {}), checks: asWritten };
}

function nextMinor(version: string): string {
  const parsed = tryParseApiVersion(version);
  return parsed ? `${parsed.major}.${parsed.minor + 1}` : version;
}

function later(a: string | undefined, b: string): string {
  return a === undefined || compareApiVersions(b, a) > 0 ? b : a;
}

function earlier(a: string | undefined, b: string): string {
  return a === undefined || compareApiVersions(b, a) < 0 ? b : a;
}

/** A check as it holds where the request runs; `written` keeps the operator of the code when negated. */
type WhereTrue = GuardCheck & { readonly written?: GuardCheck['op'] };
