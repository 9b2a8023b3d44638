import { headedMatch, holdsLiteral } from './find-literal.ts';
import { literalPattern } from './literal-pattern.ts';
import { LiteralSet } from './literal-set.ts';

/**
 * A test for whether a text holds any of the literals, stopping at the first
 * hit. Literals sharing a prefix (the `/` of the Engine path roots) are one
 * prefix-factored pattern tried where the prefix occurs; others are searched
 * one by one (./find-literal.ts). A flat alternation of literals with
 * different first characters, which V8 tries at every position, was slower
 * than both.
 */
export function anyLiteralTest(literals: readonly string[]): (text: string) => boolean {
  const [only] = literals;
  if (literals.length === 1 && only !== undefined) return (text) => holdsLiteral(text, only);
  const head = commonPrefix(literals);
  if (head !== '') {
    const pattern = new RegExp(literalPattern(literals).source, 'y');
    return (text) => headedMatch(text, head, pattern) !== -1;
  }
  const set = new LiteralSet(literals, []);
  return (text) => set.test(text);
}

function commonPrefix(literals: readonly string[]): string {
  let prefix = literals[0] ?? '';
  for (const literal of literals) while (!literal.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}
