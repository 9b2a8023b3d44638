import type { SgNode } from '@ast-grep/napi';
import { parseText } from '../lint/parse/service.ts';

/**
 * The daemon routers' version gates: every call of the `versions` package's
 * comparisons (`versions.LessThan(version, "1.44")` and kin), with the
 * handler it sits in and the names the gated statement touches (string
 * literals such as form keys, and selector fields such as `hostConfig.Init`).
 */
export interface RouterGate {
  /** Repository-relative path of the Go file. */
  readonly file: string;
  /** 1-based line of the call. */
  readonly line: number;
  /** `LessThan`, `GreaterThanOrEqualTo`, … */
  readonly compare: string;
  /** The API version compared with (`1.44`), or the constant's name when not a literal. */
  readonly version: string;
  /** The enclosing function or method name. */
  readonly handler: string;
  /** Names the gated statement touches, in source order, without duplicates. */
  readonly touches: readonly string[];
}

const COMPARISONS = new Set([
  'LessThan',
  'LessThanOrEqualTo',
  'GreaterThan',
  'GreaterThanOrEqualTo',
  'Equal',
]);
// Names too common to say what a gate is about.
const NOISE = new Set(['Form', 'Get', 'Header', 'URL', 'Query', 'Context', 'r', 'w', 'ctx', 'version']);

/** The gates of one Go file; `constants` resolves named versions (`clusterVolumesVersion`). */
export function parseRouterGates(file: string, text: string): RouterGate[] {
  const root = parseText('go', text);
  if (!root) throw new Error(`${file}: the Go grammar gave no tree`);
  const constants = versionConstants(root);
  const gates: RouterGate[] = [];
  for (const call of root.findAll({ rule: { kind: 'call_expression' } })) {
    const callee = call.field('function');
    if (callee?.kind() !== 'selector_expression') continue;
    const [pkg, method] = [callee.field('operand')?.text(), callee.field('field')?.text()];
    if (pkg !== 'versions' || !method || !COMPARISONS.has(method)) continue;
    const args =
      call
        .field('arguments')
        ?.children()
        .filter((child) => child.isNamed()) ?? [];
    const versionArg = args[1];
    if (!versionArg) continue;
    const literal = stringValue(versionArg);
    const version = literal ?? constants.get(versionArg.text()) ?? versionArg.text();
    gates.push({
      file,
      line: call.range().start.line + 1,
      compare: method,
      version,
      handler: enclosingFunction(call),
      touches: touchedNames(gatedStatement(call), version),
    });
  }
  return gates;
}

function versionConstants(root: SgNode): Map<string, string> {
  const found = new Map<string, string>();
  for (const spec of root.findAll({ rule: { kind: 'const_spec' } })) {
    const name = spec.field('name')?.text();
    const value = spec
      .field('value')
      ?.children()
      .find((child) => child.isNamed());
    const text = value ? stringValue(value) : undefined;
    if (name && text && /^1\.\d+$/.test(text)) found.set(name, text);
  }
  return found;
}

function stringValue(node: SgNode): string | undefined {
  const kind = node.kind();
  if (kind !== 'interpreted_string_literal' && kind !== 'raw_string_literal') return undefined;
  return node.text().slice(1, -1);
}

function enclosingFunction(node: SgNode): string {
  for (let at: SgNode | null = node.parent(); at; at = at.parent()) {
    const kind = at.kind();
    if (kind === 'function_declaration' || kind === 'method_declaration')
      return at.field('name')?.text() ?? '';
    if (kind === 'func_literal') continue;
  }
  return '';
}

/** The `if` (or assignment) the comparison decides, so its body says what is gated. */
function gatedStatement(node: SgNode): SgNode {
  let statement: SgNode = node;
  for (let at: SgNode | null = node.parent(); at; at = at.parent()) {
    const kind = String(at.kind());
    statement = at;
    if (kind.endsWith('_statement') || kind === 'short_var_declaration' || kind === 'keyed_element') break;
  }
  return statement;
}

function touchedNames(statement: SgNode, version: string): string[] {
  const names: string[] = [];
  const add = (name: string): void => {
    if (name !== version && !NOISE.has(name) && !names.includes(name)) names.push(name);
  };
  for (const node of statement.findAll({
    rule: { any: [{ kind: 'interpreted_string_literal' }, { kind: 'selector_expression' }] },
  })) {
    if (node.kind() === 'interpreted_string_literal') {
      const value = stringValue(node) ?? '';
      if (/^[A-Za-z][\w.-]*$/.test(value)) add(value);
    } else if (
      node.parent()?.kind() !== 'selector_expression' &&
      node.parent()?.kind() !== 'call_expression'
    ) {
      const path = node.text().split('.').slice(1).join('.');
      if (/^[A-Z][\w.]*$/.test(path)) add(path);
    }
  }
  return names;
}
