import type { SgNode } from '@ast-grep/napi';
import type { ExtractInput } from '../extractors/types.ts';
import { isJsFile, parseSource } from '../js/parse.ts';
import { unwrap } from '../js/syntax.ts';
import type { SourceFile } from '../source-file.ts';
import type { GuardCheck, RequestUsage, Usage } from '../usage.ts';
import { atomsOf } from './atoms.ts';
import { rangeAt } from './flow.ts';
import { VersionSources } from './version-source.ts';

/** Every name the version sources know contains this: files without it hold no guard. */
const GUARD_LITERAL = /api_?version/i;

/** Several extractors guard the same file: its text is searched once. */
const guardLiteral = new WeakMap<SourceFile, boolean>();

function mayHoldGuard(file: SourceFile): boolean {
  let holds = guardLiteral.get(file);
  if (holds === undefined) {
    holds = GUARD_LITERAL.test(file.text);
    guardLiteral.set(file, holds);
  }
  return holds;
}

/**
 * Records on each request usage of a JavaScript or TypeScript file the API
 * version range its enclosing checks ensure (docs/guards.md). Files of other
 * languages, files without a version check and files the parser cannot read
 * are returned as they are.
 */
export function withJsGuards(input: ExtractInput, usages: Usage[]): Usage[] {
  return applyGuards(input.file, usages);
}

export function applyGuards(file: SourceFile, usages: Usage[]): Usage[] {
  if (!usages.some((u) => u.kind === 'request') || !isJsFile(file.path) || !mayHoldGuard(file)) return usages;
  try {
    const root = parseSource(file);
    return root ? usages.map((usage) => (usage.kind === 'request' ? guarded(usage, root) : usage)) : usages;
  } catch {
    return usages;
  }
}

const sourcesOf = new WeakMap<SgNode, VersionSources>();

function guarded(usage: RequestUsage, root: SgNode): RequestUsage {
  let sources = sourcesOf.get(root);
  if (!sources) {
    sources = new VersionSources(root);
    sourcesOf.set(root, sources);
  }
  const node = nodeAt(root, usage.line - 1, usage.column - 1);
  const { range, conditions } = rangeAt(node, sources);
  if (conditions.length === 0) return usage;
  const checks = conditions.flatMap((condition) => checksIn(condition, sources));
  return { ...usage, guard: { ...range, checks } };
}

/** The innermost node starting at or spanning a 0-based position. */
function nodeAt(root: SgNode, line: number, column: number): SgNode {
  let node = root;
  for (;;) {
    const inner = node.children().find((child) => {
      const { start, end } = child.range();
      const afterStart = start.line < line || (start.line === line && start.column <= column);
      const beforeEnd = end.line > line || (end.line === line && end.column > column);
      return afterStart && beforeEnd;
    });
    if (!inner) return node;
    node = inner;
  }
}

/** The version comparisons inside a condition, where they are written. */
function checksIn(condition: SgNode, sources: VersionSources): GuardCheck[] {
  const candidates = [unwrap(condition), ...comparisonsIn(condition)];
  // A flag (`if (hasX)`) was checked where it was set.
  for (const name of [unwrap(condition), ...condition.findAll({ rule: { kind: 'identifier' } })]) {
    const init = name.kind() === 'identifier' ? sources.conditionOf(name.text()) : undefined;
    if (init) candidates.push(unwrap(init), ...comparisonsIn(init));
  }
  const checks: GuardCheck[] = [];
  const seen = new Set<number>();
  for (const node of candidates) {
    const atoms = atomsOf(node, sources);
    const { start } = node.range();
    if (!atoms || seen.has(start.index)) continue;
    seen.add(start.index);
    for (const atom of atoms) checks.push({ line: start.line + 1, column: start.column + 1, ...atom });
  }
  return checks;
}

function comparisonsIn(node: SgNode): SgNode[] {
  return node.findAll({ rule: { any: [{ kind: 'binary_expression' }, { kind: 'call_expression' }] } });
}
