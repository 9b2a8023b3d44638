import type { SgNode } from '@ast-grep/napi';
import { namedChildren, unwrap } from '../js/syntax.ts';
import { atomsOf } from './atoms.ts';
import { anything, intersect, rangeOf, union, type VersionRange } from './range.ts';
import type { VersionSources } from './version-source.ts';

/** Deeper conditions (long `&&` chains, flags of flags) are not read: nothing is known. */
const MAX_DEPTH = 64;

/**
 * What a condition says about the daemon's API version when it evaluates to
 * `truth`: `&&`, `||` and `!` are followed (De Morgan for the false side);
 * any other operand knows nothing.
 */
export function impliedBy(
  condition: SgNode,
  truth: boolean,
  sources: VersionSources,
  depth = 0,
): VersionRange {
  if (depth > MAX_DEPTH) return anything;
  const n = unwrap(condition);
  const kind = n.kind() as string;
  if (kind === 'identifier') {
    // A `const` flag holding a check: `const hasX = api >= 1.42; if (hasX) …`.
    const init = sources.conditionOf(n.text());
    return init ? impliedBy(init, truth, sources, depth + 1) : anything;
  }
  if (kind === 'unary_expression' && n.field('operator')?.text() === '!') {
    const argument = n.field('argument');
    return argument ? impliedBy(argument, !truth, sources, depth + 1) : anything;
  }
  if (kind === 'binary_expression') {
    const op = n.field('operator')?.text();
    const left = n.field('left');
    const right = n.field('right');
    if ((op === '&&' || op === '||') && left && right) {
      const a = impliedBy(left, truth, sources, depth + 1);
      const b = impliedBy(right, truth, sources, depth + 1);
      // `a && b` true: both hold; false: one of them is false. `||` is the mirror image.
      return (op === '&&') === truth ? intersect(a, b) : union(a, b);
    }
  }
  if (kind === 'sequence_expression') {
    const last = namedChildren(n).at(-1);
    return last ? impliedBy(last, truth, sources, depth + 1) : anything;
  }
  const atoms = atomsOf(n, sources);
  if (!atoms) return anything;
  // A semver range is a conjunction of its comparators.
  const ranges = atoms.map((atom) => rangeOf(atom, truth));
  return ranges.reduce(truth ? intersect : union);
}
