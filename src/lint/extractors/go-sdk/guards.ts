import type { SgNode } from '@ast-grep/napi';
import { anything, intersect, MIRRORED, rangeOf, type VersionRange } from '../../guards/range.ts';
import type { GuardCheck, GuardedRange } from '../../usage.ts';
import { argumentsOf, named, stringLiteral, unwrap } from './go-syntax.ts';

/** `versions.LessThan` and friends (github.com/docker/docker/api/types/versions, moby's client/pkg/versions). */
const COMPARE: Readonly<Record<string, GuardCheck['op']>> = {
  LessThan: '<',
  LessThanOrEqualTo: '<=',
  GreaterThan: '>',
  GreaterThanOrEqualTo: '>=',
  Equal: '==',
};
const VERSION = /^v?(1\.\d{1,3})$/;
/** What holds the daemon's API version: `cli.ClientVersion()`, `sv.APIVersion`, `apiVersion`. */
const VERSION_SOURCE = /ver|api/i;
const COMPARISON_OPS = new Set(['<', '<=', '>', '>=', '==', '!=']);

interface Found {
  readonly range: VersionRange;
  readonly checks: GuardCheck[];
}

/**
 * The API versions the code around a call has checked for: enclosing `if`s
 * (the call in the branch the check decides) and earlier `if`s in the
 * enclosing blocks that leave (`return`, `continue`, `break`, a fatal call)
 * when the check fails.
 */
export function guardOf(call: SgNode): GuardedRange | undefined {
  let range: VersionRange = anything;
  const checks: GuardCheck[] = [];
  let child = call;
  for (let node = call.parent(); node; child = node, node = node.parent()) {
    const kind = node.kind();
    if (kind === 'if_statement') {
      const condition = node.field('condition');
      const consequence = node.field('consequence');
      const alternative = node.field('alternative');
      const truth =
        consequence && within(child, consequence)
          ? true
          : alternative && within(child, alternative)
            ? false
            : undefined;
      if (condition && truth !== undefined) {
        const found = atoms(condition, truth);
        range = intersect(range, found.range);
        checks.push(...found.checks);
      }
    } else if (kind === 'statement_list' || kind === 'block') {
      for (const statement of named(node)) {
        if (statement.range().start.index >= child.range().start.index) break;
        if (statement.kind() !== 'if_statement' || statement.field('alternative')) continue;
        const consequence = statement.field('consequence');
        const condition = statement.field('condition');
        if (!consequence || !condition || !leaves(consequence)) continue;
        const found = atoms(condition, false);
        range = intersect(range, found.range);
        checks.push(...found.checks);
      }
    } else if (kind === 'function_declaration' || kind === 'method_declaration' || kind === 'func_literal')
      break;
  }
  if (checks.length === 0) return undefined;
  return { ...range, checks: checks.sort((a, b) => a.line - b.line || a.column - b.column) };
}

const within = (node: SgNode, container: SgNode): boolean =>
  node.range().start.index >= container.range().start.index &&
  node.range().end.index <= container.range().end.index;

/** A branch that does not fall through to what follows. */
function leaves(block: SgNode): boolean {
  const last = named(block)
    .flatMap((child) => (child.kind() === 'statement_list' ? named(child) : [child]))
    .at(-1);
  if (!last) return false;
  const kind = last.kind();
  if (kind === 'return_statement' || kind === 'continue_statement' || kind === 'break_statement') return true;
  return kind === 'expression_statement' && /\b(?:Fatal\w*|Exit|Skip\w*|FailNow|panic)\(/.test(last.text());
}

/** The range a condition implies when it is `truth`, and the checks it makes. */
function atoms(condition: SgNode, truth: boolean): Found {
  const node = unwrap(condition);
  const kind = node.kind();
  if (kind === 'unary_expression' && node.field('operator')?.text() === '!') {
    const operand = node.field('operand');
    return operand ? atoms(operand, !truth) : { range: anything, checks: [] };
  }
  if (kind === 'binary_expression') {
    const op = node.field('operator')?.text() ?? '';
    const left = node.field('left');
    const right = node.field('right');
    if ((op === '&&' && truth) || (op === '||' && !truth)) {
      const a = left ? atoms(left, truth) : { range: anything, checks: [] };
      const b = right ? atoms(right, truth) : { range: anything, checks: [] };
      return { range: intersect(a.range, b.range), checks: [...a.checks, ...b.checks] };
    }
    if (COMPARISON_OPS.has(op) && left && right)
      return single(node, op as GuardCheck['op'], left, right, 'string', truth);
    return { range: anything, checks: [] };
  }
  if (kind === 'call_expression') {
    const fn = node.field('function');
    const op = fn?.kind() === 'selector_expression' ? COMPARE[fn.field('field')?.text() ?? ''] : undefined;
    const [a, b] = argumentsOf(node);
    if (op && a && b) return single(node, op, a, b, 'version', truth);
  }
  return { range: anything, checks: [] };
}

function single(
  node: SgNode,
  op: GuardCheck['op'],
  a: SgNode,
  b: SgNode,
  given: GuardCheck['compare'],
  truth: boolean,
): Found {
  // `ver >= 1.41` after strconv.ParseFloat compares numbers.
  const numeric = a.kind() === 'float_literal' || b.kind() === 'float_literal';
  const compare = given === 'string' && numeric ? 'number' : given;
  const literal = (side: SgNode) => (side.kind() === 'float_literal' ? side.text() : stringLiteral(side));
  const right = VERSION.exec(literal(b) ?? '');
  const left = VERSION.exec(literal(a) ?? '');
  const bound = right?.[1] ?? left?.[1];
  const source = right ? a : b;
  if (!bound || !VERSION_SOURCE.test(source.text())) return { range: anything, checks: [] };
  const oriented = right ? op : MIRRORED[op];
  const { start } = node.range();
  const check: GuardCheck = { line: start.line + 1, column: start.column + 1, op: oriented, bound, compare };
  return { range: rangeOf({ op: oriented, bound, compare }, truth), checks: [check] };
}
