import type { SgNode } from '@ast-grep/napi';
import { namedChildren } from '../js/syntax.ts';
import { impliedBy } from './condition.ts';
import { anything, intersect, type VersionRange } from './range.ts';
import type { VersionSources } from './version-source.ts';

/**
 * The API version range known to hold where `node` runs, following the code
 * as Android Lint follows SDK_INT checks: the branch of an `if` or `?:` it
 * sits in (the else side gets the negation), the right operand of `&&` / `||`,
 * and earlier statements of each enclosing block that leave it when a check
 * fails (`if (!ok) return;`, `if (v < 1.41) throw …`). An enclosing `if`
 * whose condition does not decide whether `node` runs counts for nothing.
 */
export function rangeAt(node: SgNode, sources: VersionSources): Guarded {
  const guarded: Guarded = { range: anything, conditions: [] };
  const learn = (condition: SgNode, truth: boolean) => {
    const range = impliedBy(condition, truth, sources);
    if (range.atLeast === undefined && range.below === undefined) return;
    guarded.range = intersect(guarded.range, range);
    guarded.conditions.push(condition);
  };
  let child = node;
  for (let parent = node.parent(); parent; child = parent, parent = parent.parent()) {
    stepInto(parent, child, learn);
  }
  return guarded;
}

/** The range known where a node runs, and the conditions that taught it. */
export interface Guarded {
  range: VersionRange;
  readonly conditions: SgNode[];
}

type Learn = (condition: SgNode, truth: boolean) => void;

function stepInto(parent: SgNode, child: SgNode, learn: Learn): void {
  switch (parent.kind() as string) {
    case 'if_statement':
    case 'ternary_expression': {
      const condition = parent.field('condition');
      if (!condition) return;
      if (same(child, parent.field('consequence'))) learn(condition, true);
      if (same(child, parent.field('alternative'))) learn(condition, false);
      return;
    }
    case 'binary_expression': {
      const op = parent.field('operator')?.text();
      const left = parent.field('left');
      if (!left || !same(child, parent.field('right'))) return;
      if (op === '&&') learn(left, true);
      if (op === '||') learn(left, false);
      return;
    }
    case 'statement_block':
    case 'program':
    case 'switch_case':
    case 'switch_default':
      afterEarlierStatements(parent, child, learn);
  }
}

/** Statements before `child` that leave the block unless a check holds. */
function afterEarlierStatements(block: SgNode, child: SgNode, learn: Learn): void {
  for (const statement of namedChildren(block)) {
    if (same(statement, child)) break;
    if (statement.kind() !== 'if_statement') continue;
    const condition = statement.field('condition');
    const consequence = statement.field('consequence');
    const alternative = statement.field('alternative');
    if (!condition || !consequence) continue;
    const thenExits = exits(consequence);
    const elseExits = alternative !== null && exits(alternative);
    if (thenExits && !elseExits) learn(condition, false);
    if (elseExits && !thenExits) learn(condition, true);
  }
}

const EXIT_KINDS = new Set(['return_statement', 'throw_statement', 'break_statement', 'continue_statement']);

/** Whether a statement never completes normally: it returns, throws, breaks or calls `process.exit`. */
function exits(statement: SgNode): boolean {
  const kind = statement.kind() as string;
  if (EXIT_KINDS.has(kind)) return true;
  if (kind === 'statement_block' || kind === 'else_clause') {
    const last = namedChildren(statement).at(-1);
    return last !== undefined && exits(last);
  }
  if (kind === 'if_statement') {
    const consequence = statement.field('consequence');
    const alternative = statement.field('alternative');
    return consequence !== null && alternative !== null && exits(consequence) && exits(alternative);
  }
  return kind === 'expression_statement' && /^process\.exit\(/.test(statement.text());
}

function same(a: SgNode, b: SgNode | null): boolean {
  if (!b) return false;
  const x = a.range();
  const y = b.range();
  return x.start.index === y.start.index && x.end.index === y.end.index && a.kind() === b.kind();
}
