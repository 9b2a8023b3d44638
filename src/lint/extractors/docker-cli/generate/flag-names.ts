import type { SgNode } from '@ast-grep/napi';
import type { FieldFact } from './fields.ts';
import { type GoFunc, type GoIndex, stringValue } from './go-index.ts';

// `flags.GetString(flagRestartCondition)`: reads a flag by its name.
const GETTER = /\.Get(String|Bool|Int|Int64|Uint64|Float32|Duration|StringSlice)$/;

/** The flag a call reads by name (`flags.GetString(flagX)`), and whether it returns the flag's text. */
export function flagRead(
  index: GoIndex,
  fn: GoFunc,
  call: SgNode,
  flagNames: ReadonlySet<string>,
): { flag: string; direct: boolean } | undefined {
  const getter = GETTER.exec(call.field('function')?.text() ?? '');
  if (!getter) return undefined;
  const name = stringValue(index, fn, call.field('arguments')?.namedChildren()[0]);
  return name !== undefined && flagNames.has(name)
    ? { flag: name, direct: getter[1] === 'String' }
    : undefined;
}

/**
 * `updateString(flagHostname, &cspec.Hostname)`: a helper handed a flag's
 * name and the address of the field it updates, below a parameter of an API
 * type (`spec *swarm.ServiceSpec`) or a variable that names part of one
 * (`cspec := spec.TaskTemplate.ContainerSpec`).
 */
export function flagNameFacts(index: GoIndex, fn: GoFunc, flagNames: ReadonlySet<string>): FieldFact[] {
  const roots = new Map<string, { root: string; path: string[] }>();
  for (const param of fn.node.field('parameters')?.namedChildren() ?? []) {
    const type = (param.field('type')?.text() ?? '').replace(/^\*/, '');
    if (!/^[a-z]+\.[A-Z]\w*$/.test(type)) continue;
    for (const name of param.findAll({ rule: { kind: 'identifier' } }))
      roots.set(name.text(), { root: type, path: [] });
  }
  if (roots.size === 0) return [];
  const resolve = (text: string): { root: string; path: string[] } | undefined => {
    const parts = text.replace(/^&/, '').split('.');
    const base = roots.get(parts[0] ?? '');
    return base && parts.every((p) => /^\w+$/.test(p))
      ? { root: base.root, path: [...base.path, ...parts.slice(1)] }
      : undefined;
  };
  const facts: FieldFact[] = [];
  for (const node of fn.node.findAll({
    rule: { any: [{ kind: 'short_var_declaration' }, { kind: 'call_expression' }] },
  })) {
    if (node.kind() === 'short_var_declaration') {
      const left = node.field('left')?.namedChildren() ?? [];
      const right = node.field('right')?.namedChildren() ?? [];
      const target = left.length === 1 && right.length === 1 ? resolve(right[0]?.text() ?? '') : undefined;
      if (target && left[0]) roots.set(left[0].text(), target);
      continue;
    }
    const args = node.field('arguments')?.namedChildren() ?? [];
    const flag = args
      .map((a) => stringValue(index, fn, a))
      .find((name) => name !== undefined && flagNames.has(name));
    const field = args.find((a) => a.text().startsWith('&'));
    const target = flag && field ? resolve(field.text()) : undefined;
    if (flag && target && target.path.length > 0)
      facts.push({ flag, target: { kind: 'api', root: target.root, path: target.path }, direct: false });
  }
  return facts;
}
