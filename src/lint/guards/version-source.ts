import type { SgNode } from '@ast-grep/napi';
import { namedChildren, unwrap } from '../js/syntax.ts';

/**
 * Which expressions hold the daemon's API version. By name: what `docker.version()`
 * and `/version` answer (`ApiVersion`) and the usual spellings of a variable
 * keeping it; and any name a `const` binds to such an expression
 * (`const v = info.ApiVersion`, `const { ApiVersion: v } = await docker.version()`).
 */
const NAMES =
  /^(?:ApiVersion|apiVersion|APIVersion|api_version|API_VERSION|daemonApiVersion|dockerApiVersion)$/;

/** Calls and operators that keep the value a version: `parseFloat(v)`, `semver.coerce(v)`, `+v`. */
const TRANSPARENT_CALLS = new Set(['parseFloat', 'Number', 'String', 'coerce', 'valid', 'clean', 'toString']);

export class VersionSources {
  private readonly aliases = new Set<string>();
  private readonly conditions = new Map<string, SgNode>();

  /** Names bound to the version file-wide, like receivers: scopes are not modelled. */
  constructor(root: SgNode) {
    for (const declarator of root.findAll({ rule: { kind: 'variable_declarator' } })) {
      const name = declarator.field('name');
      const value = declarator.field('value');
      if (name?.kind() === 'identifier' && value && this.holdsVersion(value)) this.aliases.add(name.text());
      else if (name?.kind() === 'identifier' && value && isConst(declarator))
        this.conditions.set(name.text(), value);
      if (name?.kind() === 'object_pattern') this.readPattern(name);
    }
  }

  /** The initialiser of a `const` flag (`const hasX = api >= 1.42`), to read it as a condition. */
  conditionOf(name: string): SgNode | undefined {
    return this.conditions.get(name);
  }

  /** Whether the expression, under wrappers, is the daemon's API version. */
  holdsVersion(node: SgNode): boolean {
    const n = unwrap(node);
    const kind = n.kind() as string;
    if (kind === 'identifier') return NAMES.test(n.text()) || this.aliases.has(n.text());
    if (kind === 'member_expression') return NAMES.test(n.field('property')?.text() ?? '');
    if (kind === 'subscript_expression') {
      const index = n.field('index');
      return index !== null && NAMES.test(index.text().slice(1, -1));
    }
    if (kind === 'binary_expression' && ['??', '||'].includes(n.field('operator')?.text() ?? '')) {
      // `coerce(v) ?? '0.0.0'`: a fallback for a missing value keeps the version.
      const left = n.field('left');
      return left !== null && this.holdsVersion(left);
    }
    if (kind === 'template_string') {
      // `${ApiVersion}.0`, written to feed semver: still the version.
      const parts = namedChildren(n).filter((c) => c.kind() === 'template_substitution');
      const inner = parts.length === 1 ? namedChildren(parts[0] as SgNode)[0] : undefined;
      return inner !== undefined && this.holdsVersion(inner);
    }
    if (kind === 'unary_expression' && n.field('operator')?.text() === '+') {
      const argument = n.field('argument');
      return argument !== null && this.holdsVersion(argument);
    }
    if (kind === 'call_expression') {
      const callee = n.field('function');
      const name = callee?.kind() === 'member_expression' ? callee.field('property')?.text() : callee?.text();
      const args = n.field('arguments');
      // `v.toString()` keeps the receiver; `parseFloat(v)` its first argument.
      if (name === 'toString' && callee?.kind() === 'member_expression') {
        const object = callee.field('object');
        return object !== null && this.holdsVersion(object);
      }
      const first = args ? namedChildren(args)[0] : undefined;
      return (
        name !== undefined && TRANSPARENT_CALLS.has(name) && first !== undefined && this.holdsVersion(first)
      );
    }
    return false;
  }

  /** `const { ApiVersion: v } = …` binds `v`; `const { ApiVersion } = …` is known by name already. */
  private readPattern(pattern: SgNode): void {
    for (const part of namedChildren(pattern)) {
      if (part.kind() !== 'pair_pattern') continue;
      const key = part.field('key')?.text() ?? '';
      const value = part.field('value');
      if (NAMES.test(key) && value?.kind() === 'identifier') this.aliases.add(value.text());
    }
  }
}

function isConst(declarator: SgNode): boolean {
  const declaration = declarator.parent();
  return declaration?.kind() === 'lexical_declaration' && declaration.text().startsWith('const');
}
