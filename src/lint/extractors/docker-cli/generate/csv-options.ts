import type { SgNode } from '@ast-grep/napi';
import { type GoFunc, type GoIndex, goString, lineOf } from './go-index.ts';

/** One `key=value` option of a flag whose value is a comma-separated list (`--mount type=bind,src=…`). */
export interface CsvKey {
  /** The option as typed (`src`); aliases are rows of their own. */
  readonly key: string;
  /** Field path below the flag's element: `BindOptions.Propagation`. */
  readonly path: readonly string[];
  /** The option's text is sent as the field's value (`type=bind` → `Type=bind`). */
  readonly direct: boolean;
  /** Set only for this value (`bind-recursive=writable` → ReadOnlyNonRecursive). */
  readonly equals?: string;
  readonly at: string;
}

// `mount.Type = mounttypes.Type(strings.ToLower(val))`: a conversion keeps the value.
const DIRECT = /^(?:(?:[a-z]+\.[A-Z]\w*|strings\.ToLower)\()*val\)*$/;

/**
 * The options a `Set(value string)` method reads, from its `switch key { case …: field = … }`:
 * each case's keys and the fields its assignments write, through `ensureXOptions(&m)` helpers.
 */
export function csvKeys(index: GoIndex, setter: GoFunc): CsvKey[] {
  const ensure = ensurePaths(index, setter.pkg);
  const out: CsvKey[] = [];
  for (const block of setter.node.findAll({ rule: { kind: 'expression_switch_statement' } })) {
    if (block.field('value')?.text() !== 'key') continue;
    for (const clause of block.namedChildren()) {
      if (clause.kind() !== 'expression_case') continue;
      const keys = (clause.field('value')?.namedChildren() ?? [])
        .map((k) => goString(k))
        .filter((k) => k !== undefined);
      const aliases = new Map<string, string[]>();
      for (const decl of clause.findAll({ rule: { kind: 'short_var_declaration' } })) {
        const path = fieldPath(decl.field('right')?.text() ?? '', ensure, aliases);
        if (path) aliases.set(decl.field('left')?.text() ?? '', path);
      }
      for (const assign of clause.findAll({ rule: { kind: 'assignment_statement' } })) {
        const left = assign.field('left')?.namedChildren()[0]?.text() ?? '';
        const path = fieldPath(left, ensure, aliases);
        if (!path || path.length === 0) continue;
        const direct = DIRECT.test(assign.field('right')?.namedChildren()[0]?.text() ?? '');
        const equals = valueCase(assign, clause);
        const at = `${setter.file}:${lineOf(assign)}`;
        for (const key of keys)
          out.push({ key, path, direct, ...(equals !== undefined ? { equals } : {}), at });
      }
    }
  }
  return dedupe(out);
}

/** The value a nested `switch val { case "writable": … }` requires for an assignment. */
function valueCase(assign: SgNode, outer: SgNode): string | undefined {
  for (const ancestor of assign.ancestors()) {
    if (ancestor.id() === outer.id()) return undefined;
    if (ancestor.kind() !== 'expression_case' || ancestor.parent()?.field('value')?.text() !== 'val')
      continue;
    return goString(ancestor.field('value')?.namedChildren()[0]);
  }
  return undefined;
}

function dedupe(keys: CsvKey[]): CsvKey[] {
  const seen = new Set<string>();
  return keys.filter((k) => {
    const id = `${k.key} ${k.path.join('.')}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** `mount.Target` → [Target]; `ensureBindOptions(&mount).Propagation` → [BindOptions, Propagation]. */
function fieldPath(
  text: string,
  ensure: ReadonlyMap<string, string[]>,
  aliases: ReadonlyMap<string, string[]>,
): string[] | undefined {
  const helper = /^(\w+)\(&?\w+\)((?:\.\w+)*)$/.exec(text);
  if (helper) {
    const base = ensure.get(helper[1] ?? '');
    return base ? [...base, ...(helper[2] ?? '').split('.').filter(Boolean)] : undefined;
  }
  const [root, ...rest] = text.split('.');
  const alias = aliases.get(root ?? '');
  if (alias) return [...alias, ...rest];
  return /^\w+(\.\w+)+$/.test(text) ? rest : undefined;
}

/** `func ensureBindOptions(m *mount.Mount) *mount.BindOptions { …; return m.BindOptions }` → [BindOptions]. */
function ensurePaths(index: GoIndex, pkg: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const fn of index.all) {
    if (fn.pkg !== pkg || !fn.name.startsWith('ensure')) continue;
    const returned: SgNode | undefined = fn.node.findAll({ rule: { kind: 'return_statement' } }).at(-1);
    const text = returned?.namedChildren()[0]?.text() ?? '';
    if (/^\w+(\.\w+)+$/.test(text)) out.set(fn.name, text.split('.').slice(1));
  }
  return out;
}
